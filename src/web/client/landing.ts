/** The landing page's snippets name the address it was opened at, ready to copy. */
for (const placeholder of document.querySelectorAll("[data-origin]")) {
  placeholder.textContent = location.origin;
}

/** The pinned embed script's tag, from the API that serves this page (src/web/embed-pin.ts). */
const pinned = document.querySelector("[data-pinned-script]");
if (pinned) {
  fetch("/embed/pin.json")
    .then((response) => (response.ok ? (response.json() as Promise<{ src: string; integrity: string }>) : Promise.reject(new Error(String(response.status)))))
    .then((pin) => {
      pinned.textContent = `<script src="${location.origin}${pin.src}" integrity="${pin.integrity}" crossorigin="anonymous" async></script>`;
    })
    .catch(() => {
      pinned.textContent = "(the pinned address is not available: the embed script is not built)";
    });
}
