/** The landing page's snippets name the address it was opened at, ready to copy. */
for (const placeholder of document.querySelectorAll("[data-origin]")) {
  placeholder.textContent = location.origin;
}
