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
//
// The built files carry a content hash in their names
// (transition-app-<hash>.js, …) so that the server can cache them for a
// year; the app's own page (index.html, always revalidated) names the
// current ones, so this loader reads them from there.

const server = new URL("../", import.meta.url);

let loading = null;

// The app's current assets, as its index.html links them (trunk writes a
// stylesheet link, a modulepreload of the JS glue and a preload of the wasm).
async function assets() {
  const answer = await fetch(new URL("index.html", server), {
    cache: "no-cache",
    credentials: "omit",
    headers: { Accept: "text/html" },
  });
  if (!answer.ok) {
    throw new Error(`Pinpoint Transition: ${answer.url} answered HTTP ${answer.status}`);
  }
  const page = new DOMParser().parseFromString(await answer.text(), "text/html");
  const base = answer.url || new URL("index.html", server).href;
  const link = (selector) => {
    const element = page.querySelector(selector);
    const href = element?.getAttribute("href");
    return href ? { href: new URL(href, base).href, integrity: element.integrity } : null;
  };
  const js = link('link[rel="modulepreload"][href$=".js"]');
  const wasm = link('link[rel="preload"][href$=".wasm"]');
  const css = link('link[rel="stylesheet"][href$=".css"]');
  if (!js || !wasm) {
    throw new Error("Pinpoint Transition: the app's index.html names no module or wasm file");
  }
  return { js, wasm, css };
}

function load() {
  if (!loading) {
    loading = assets().then(async ({ js, wasm, css }) => {
      if (css && !document.querySelector("link[data-pinpoint-transition]")) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = css.href;
        if (css.integrity) {
          link.integrity = css.integrity;
          link.crossOrigin = "anonymous";
        }
        link.dataset.pinpointTransition = "";
        document.head.append(link);
      }
      const app = await import(js.href);
      const module = fetch(wasm.href, {
        credentials: "omit",
        ...(wasm.integrity ? { integrity: wasm.integrity } : {}),
      });
      await app.default({ module_or_path: module });
      return app;
    });
    // A failed load (network, server restart) may be retried by the next mount.
    loading.catch(() => {
      loading = null;
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
