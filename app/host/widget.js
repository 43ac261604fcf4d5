// Pinpoint Transition — widget loader.
//
//   import { mountPinpointTransition } from "https://<transition server>/host/widget.js";
//   const widget = await mountPinpointTransition(element, { token, locale: "fr" });
//
// Loads the app's stylesheet, JavaScript and WebAssembly from the server
// this file comes from, then calls the app's exported `mount(element,
// config)`. Config (all optional): apiBase (default: that server), token,
// locale, theme ("light", "dark" or {accent: "#0f6cbd", ...} → --pt-accent),
// basePath (the path the widget's routes live under; default: the page's
// folder) and parentOrigin (exact origin of a framing parent to notify).
// When an import completes, `element` receives the bubbling event
// "pinpoint-transition:imported" with detail {import_id, profiles}.

const server = new URL("../", import.meta.url);

let loading = null;

function load() {
  if (!loading) {
    if (!document.querySelector("link[data-pinpoint-transition]")) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = new URL("main.css", server).href;
      link.dataset.pinpointTransition = "";
      document.head.append(link);
    }
    loading = import(new URL("transition-app.js", server).href).then(async (app) => {
      await app.default({ module_or_path: new URL("transition-app_bg.wasm", server) });
      return app;
    });
  }
  return loading;
}

export async function mountPinpointTransition(element, config = {}) {
  if (!(element instanceof HTMLElement)) {
    throw new TypeError("mountPinpointTransition: element must be an HTMLElement");
  }
  const app = await load();
  const apiBase = config.apiBase ?? server.origin;
  app.mount(element, { ...config, apiBase });
  return element;
}
