// Pinpoint Transition — types of the widget loader served at /embed/widget.js.
//
//   import { mountPinpointTransition } from "https://<transition server>/embed/widget.js";

/** The names of the widget's events, each dispatched on the mount element
 * as `CustomEvent("pinpoint-transition:<name>")` (bubbling) and passed to
 * `onEvent({ type: "<name>", detail })`. */
export interface PinpointTransitionEvents {
  /** The widget is on the page (framed: it waits for `init`). */
  ready: undefined;
  /** The import wizard moved to another step. */
  step: { step: "account" | "choose" | "edit" | "solutions" | "locations" | "preview" };
  /** An import completed: the Pinpoint account is closed, these profiles exist. */
  imported: {
    import_id: string;
    profiles: { id: string; name: string; region: string }[];
  };
  /** A business profile was created or changed after its import. */
  "profile-changed": { profile_id: string };
  /** A link that leads out of the widget, to a page of the portal: the
   * portal navigates there. Only with `chrome: true` (the widget's own
   * breadcrumbs); the widget never links to pages of its own for these. */
  navigate: { to: "dashboard" | "account-settings" };
  /** The server refused a call: its problem code (RFC 9457) and HTTP status. */
  error: { code: string; status: number };
  /** The widget was unmounted. */
  closed: undefined;
}

export type PinpointTransitionEvent = {
  [K in keyof PinpointTransitionEvents]: { type: K; detail: PinpointTransitionEvents[K] };
}[keyof PinpointTransitionEvents];

/** CSS custom properties of the widget (`accent` → `--pt-accent`), or a mode. */
export type PinpointTransitionTheme =
  | "light"
  | "dark"
  | ({ mode?: "light" | "dark" } & Record<string, string>);

export interface PinpointTransitionConfig {
  /** The partner's bearer token, minted by the portal (RS256/ES256 or HS256 JWT). */
  token?: string;
  /** Called at start when `token` is absent, and again whenever the token is
   * about to expire or a call answers 401. Answers the new token. */
  getToken?: () => string | Promise<string>;
  /** A BCP 47 tag: `en`, `fr`, `de`, `es`, `it`, `ja`, `ko`, `pt-BR`, `ru`,
   * `zh-Hans`, `zh-Hant`, or any tag that matches one (`fr-CA` → `fr`,
   * `zh-TW` → `zh-Hant`, `pt-PT` → `pt-BR`); others give English. Default:
   * the browser's languages. */
  locale?: string;
  theme?: PinpointTransitionTheme;
  /** `"host"` (default): the widget's pages are URLs under `basePath`, with
   * history and reloads. `"memory"`: the widget never touches the host's URL. */
  routing?: "host" | "memory";
  /** Host routing: the path the widget's pages live under (default: the page's folder). */
  basePath?: string;
  /** Memory routing: the first page (default: the Profiles tab). */
  initialPath?: string;
  /** `true` shows the widget's own header, breadcrumbs and "Business profile"
   * heading. Default `false`: the portal has its own (the heading is then
   * kept for screen readers only). Their Dashboard and Account settings
   * links emit `navigate`. */
  chrome?: boolean;
  /** The transition server (default: the origin this loader comes from). */
  apiBase?: string;
  onEvent?: (event: PinpointTransitionEvent) => void;
}

export interface PinpointTransitionHandle {
  /** Removes every node and listener of the widget; `closed` follows. */
  unmount(): void;
  /** Shows the widget in another language (its locale file is fetched; what
   * the partner typed stays). */
  setLocale(locale: string): void;
  /** A new token for the same partner (nothing reloads). */
  setToken(token: string): void;
}

/** Mounts the widget into `element` of the host page. */
export function mountPinpointTransition(
  element: HTMLElement,
  config?: PinpointTransitionConfig,
): Promise<PinpointTransitionHandle>;

export interface PinpointTransitionFrameConfig
  extends Pick<PinpointTransitionConfig, "token" | "getToken" | "locale" | "theme" | "chrome" | "onEvent"> {
  /** The iframe's accessible name. */
  title?: string;
  /** The iframe's minimum height (CSS length), default `720px`. */
  minHeight?: string;
}

/** Frames the widget (`/embed/frame?parent=<this origin>`) in `element`:
 * the host page's origin must be one of the server's allowed origins. */
export function framePinpointTransition(
  element: HTMLElement,
  config?: PinpointTransitionFrameConfig,
): PinpointTransitionHandle;
