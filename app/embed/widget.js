// Pinpoint Transition — the widget loader, served at /embed/widget.js.
//
//   import { mountPinpointTransition } from "https://<transition server>/embed/widget.js";
//   const widget = await mountPinpointTransition(element, { getToken, locale: "fr" });
//   …
//   widget.unmount();
//
// Types and every option: /embed/widget.d.ts. The loader is small and
// revalidated (short cache, ETag); the server writes into it the files of
// the current build, whose names carry a content hash and are cached for a
// year (immutable): the glue, the wasm, the stylesheet and a locale file
// per language (the widget fetches only the partner's). Nothing waits on
// another: the wasm compiles as it streams in while the glue, the
// stylesheet, the locale file, the token and the first data come.
// Everything else comes from the server this file comes from. The same
// files, for tools: __PINPOINT_MANIFEST__ (beside this file).

const FILES = __PINPOINT_FILES__;
const PREFIX = "pinpoint-transition:";
const server = new URL("../", import.meta.url);

let loading = null;
let mounted = 0;

function files() {
  const resolve = (file) => (file ? { ...file, href: new URL(file.href, server).href } : null);
  const locales = Object.fromEntries(
    Object.entries(FILES.locales ?? {}).map(([tag, file]) => [tag, resolve(file)]),
  );
  return { js: resolve(FILES.js), wasm: resolve(FILES.wasm), css: resolve(FILES.css), locales };
}

// What every page of the widget reads first, asked for as soon as the
// token is known, while the wasm compiles. The app takes these answers
// over (once, and only a success of the same token); anything else it asks
// for itself, with its usual refresh and 401 handling.
const FIRST_READS = ["/me", "/business-profiles"];

function prefetch(apiBase, token) {
  const base = `${apiBase.replace(/\/+$/, "")}/api/v1`;
  return Object.fromEntries(
    FIRST_READS.map((path) => {
      const answer = token.then((value) =>
        value
          ? fetch(`${base}${path}`, {
              credentials: "omit",
              headers: { Accept: "application/json, application/problem+json", Authorization: `Bearer ${value}` },
            })
          : Promise.reject(new Error("no token")),
      );
      answer.catch(() => {});
      return [`${base}${path}`, answer];
    }),
  );
}

// The locale file the widget will most likely speak, by the same rule as
// the app's (which decides, and asks for another file if they differ): the
// portal's `locale`, else the browser's languages, else English.
const OURS = ["en", "fr", "de", "es", "it", "ja", "ko", "ru"];
function localeOf(tag) {
  const [language = "", ...rest] = String(tag).toLowerCase().split(/[-_]/);
  if (language === "zh") {
    const hant = rest.includes("hant") || (!rest.includes("hans") && rest.some((r) => ["tw", "hk", "mo"].includes(r)));
    return hant ? "zh-Hant" : "zh-Hans";
  }
  if (language === "pt") return "pt-BR";
  return OURS.includes(language) ? language : null;
}

function preloadLocale(locales, wanted) {
  const tags = [wanted, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
  const tag = tags.map(localeOf).find(Boolean) ?? "en";
  const file = locales[tag];
  if (!file) return undefined;
  const text = fetch(file.href, {
    credentials: "omit",
    ...(file.integrity ? { integrity: file.integrity } : {}),
  }).then((answer) => (answer.ok ? answer.text() : Promise.reject(new Error(`HTTP ${answer.status}`))));
  text.catch(() => {});
  return { tag, text };
}

function stylesheet(css) {
  if (!css || document.querySelector("link[data-pinpoint-transition]")) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = css.href;
  if (css.integrity) link.integrity = css.integrity;
  link.crossOrigin = "anonymous";
  link.dataset.pinpointTransition = "";
  document.head.append(link);
}

// The glue and the wasm of this build, asked for at once, once: the wasm
// compiles as it streams in (it does not wait for the glue).
function load({ js, wasm }) {
  if (!loading) {
    loading = (async () => {
      const fetchWasm = () =>
        fetch(wasm.href, {
          credentials: "omit",
          ...(wasm.integrity ? { integrity: wasm.integrity } : {}),
        });
      const whole = () =>
        fetchWasm()
          .then((answer) => answer.arrayBuffer())
          .then((bytes) => WebAssembly.compile(bytes));
      // A proxy that serves the wasm under another type stops the streaming
      // compile: the file (cached by then) is compiled whole instead.
      const compiled = WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(fetchWasm()).catch(whole)
        : whole();
      const [app, module] = await Promise.all([import(js.href), compiled]);
      await app.default({ module_or_path: module });
      return app;
    })();
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
  // The wasm, the glue, the stylesheet, the locale file, the token and the
  // first reads all start now, the longest first.
  const listing = files();
  const loaded = load(listing);
  const { locales } = listing;
  stylesheet(listing.css);
  const preload = preloadLocale(locales, config.locale);
  const apiBase = config.apiBase ?? server.origin;
  // The first token: the host's, or its getToken() asked now rather than
  // after mount; the app's first ask gets this answer (never a second ask).
  let early = null;
  if (config.token === undefined && typeof config.getToken === "function") {
    early = Promise.resolve().then(() => config.getToken());
    early.catch(() => {});
  }
  const token = config.token !== undefined ? Promise.resolve(config.token) : early;
  const prefetched = token ? prefetch(apiBase, token) : undefined;
  const getToken =
    early &&
    (() => {
      const first = early;
      early = null;
      return first ?? config.getToken();
    });
  // The locale file is small and comes before the wasm: the widget is
  // drawn with its text at once (or fetches it itself if it failed).
  const [app, text] = await Promise.all([loaded, preload?.text.catch(() => null)]);
  const localePreload = preload && typeof text === "string" ? { tag: preload.tag, text } : undefined;
  const inner = app.mount(element, {
    ...config,
    ...(getToken ? { getToken } : {}),
    apiBase,
    locales,
    localePreload,
    prefetched,
  });
  mounted += 1;
  let live = true;
  return {
    unmount() {
      if (!live) return;
      live = false;
      inner.unmount();
      inner.free();
      mounted -= 1;
      if (mounted === 0) document.querySelector("link[data-pinpoint-transition]")?.remove();
    },
    setLocale(locale) {
      if (live) inner.setLocale(String(locale));
    },
    setToken(token) {
      if (live) inner.setToken(String(token));
    },
  };
}

// Frames the widget (`/embed/frame`) in `element` for a host that prefers
// an iframe: answers its `ready` with `init`, its token requests with
// `getToken()`, and passes its events to `onEvent` and to `element`.
export function framePinpointTransition(element, config = {}) {
  if (!(element instanceof HTMLElement)) {
    throw new TypeError("framePinpointTransition: element must be an HTMLElement");
  }
  const frame = document.createElement("iframe");
  const origin = server.origin;
  frame.src = new URL(`embed/frame?parent=${encodeURIComponent(location.origin)}`, server).href;
  frame.title = config.title ?? "Pinpoint Transition";
  frame.style.border = "0";
  frame.style.width = "100%";
  frame.style.minHeight = config.minHeight ?? "720px";
  const token = async () => config.token ?? (config.getToken ? await config.getToken() : undefined);
  const send = (message) => frame.contentWindow?.postMessage(message, origin);
  const listener = async (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const type = typeof event.data?.type === "string" ? event.data.type : "";
    if (!type.startsWith(PREFIX)) return;
    const name = type.slice(PREFIX.length);
    if (name === "ready") {
      send({ type: `${PREFIX}init`, token: await token(), locale: config.locale, theme: config.theme, chrome: config.chrome });
    } else if (name === "token-request" && config.getToken) {
      send({ type: `${PREFIX}token`, token: await config.getToken() });
      return;
    }
    const detail = event.data.detail;
    element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    config.onEvent?.({ type: name, detail });
  };
  window.addEventListener("message", listener);
  element.append(frame);
  let live = true;
  return {
    unmount() {
      if (!live) return;
      live = false;
      window.removeEventListener("message", listener);
      frame.remove();
    },
    setLocale(locale) {
      if (live) send({ type: `${PREFIX}locale`, locale: String(locale) });
    },
    setToken(value) {
      if (live) send({ type: `${PREFIX}token`, token: String(value) });
    },
  };
}
