/** The landing page: in the language the URL asks for, with snippets that name the address it was opened at. */
import { langOfSearch, messages } from "./shared/i18n.js";
import { translateDocument, updateLanguageSwitch } from "./shared/page-language.js";

const lang = langOfSearch(location.search);
translateDocument(document, lang);
const languageSwitch = document.getElementById("language-switch");
if (languageSwitch instanceof HTMLAnchorElement) updateLanguageSwitch(languageSwitch, lang);

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
      pinned.textContent = messages(lang).landingPinMissing;
    });
}
