//! Mounting: the host's `mount(element, config)` and its handle, our own
//! page, the framed page.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use transition_domain::Lang;
use wasm_bindgen::prelude::*;

use crate::config::HostConfig;
use crate::host::{Event, HostLink};
use crate::*;

/// What the host holds of a mounted widget (`mountPinpointTransition`
/// answers it): `unmount()`, `setLocale(tag)`, `setToken(token)`.
#[wasm_bindgen]
pub struct WidgetHandle {
    mounted: Option<Box<dyn std::any::Any>>,
    ctx: Option<Ctx>,
    element: web_sys::HtmlElement,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget: its nodes, its listeners, its state. The mount
    /// element then hears `pinpoint-transition:closed`. Calling it again
    /// does nothing.
    pub fn unmount(&mut self) {
        self.ctx = None;
        if let Some(mounted) = self.mounted.take() {
            // Dropping leptos' handle removes the nodes and runs every
            // cleanup (listeners, timers) of the app's owner.
            drop(mounted);
            let link = HostLink {
                target: Some(self.element.clone().into()),
                ..HostLink::default()
            };
            link.emit(Event::Closed, &JsValue::UNDEFINED);
        }
    }

    /// Shows the widget in another language (`fr`, `en`, `fr-CA`, …).
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, locale: &str) {
        if let Some(ctx) = self.ctx {
            ctx.lang.try_set(Lang::from_tag(locale));
        }
    }

    /// Gives the widget a new token (the same user: nothing reloads).
    #[wasm_bindgen(js_name = setToken)]
    pub fn set_token(&self, token: &str) {
        let token = token.trim();
        if let (Some(ctx), false) = (self.ctx, token.is_empty()) {
            if ctx.auth.try_get_untracked().is_some() {
                ctx.set_token(token.to_owned());
            }
        }
    }
}

/// Mounts the app into `element` of a host page and answers its handle.
///
/// `config` (all optional, see `app/embed/widget.d.ts`): `apiBase`,
/// `token`, `getToken`, `locale`, `theme`, `basePath`, `routing`
/// (`"host"` or `"memory"`), `initialPath`, `chrome` (default `false`: the
/// host has its own header), `onEvent`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, config: JsValue) -> WidgetHandle {
    console_error_panic_hook::set_once();
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let config = HostConfig::from_js(&config, &pathname);
    start(element, config)
}

fn start(element: web_sys::HtmlElement, config: HostConfig) -> WidgetHandle {
    let slot = Rc::new(Cell::new(None));
    let target: web_sys::EventTarget = element.clone().into();
    let app_slot = slot.clone();
    let handle = leptos::mount::mount_to(element.clone(), move || {
        view! { <App config=config ctx_out=app_slot /> }
    });
    let ctx = slot.take();
    if let Some(ctx) = ctx {
        ctx.host.update_value(|link| link.target = Some(target));
        // What the loader read first is for the first screen only.
        set_timeout(
            move || ctx.forget_prefetched(),
            std::time::Duration::from_secs(10),
        );
        // After the first render, so that the host's listeners see a page.
        request_animation_frame(move || {
            ctx.host
                .try_with_value(|link| link.emit(Event::Ready, &JsValue::UNDEFINED));
        });
    }
    WidgetHandle {
        mounted: Some(Box::new(handle)),
        ctx,
        element,
    }
}

/// The element our own index.html mounts on.
pub const STANDALONE_ID: &str = "pinpoint-transition";

/// The path of the framed page (`/embed/frame?parent=<origin>`).
pub const FRAME_PATH: &str = "/embed/frame";

/// Mounts the app on our own page, when the page has the standalone
/// element: framed when the page is `/embed/frame?parent=<origin>`. A
/// host page that only loads the module (and calls [`mount`]) has none,
/// so nothing renders until it asks.
pub fn start_standalone() {
    console_error_panic_hook::set_once();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = window
        .document()
        .and_then(|d| d.get_element_by_id(STANDALONE_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let location = window.location();
    let framed = (location.pathname().ok().as_deref() == Some(FRAME_PATH))
        .then(|| location.search().ok())
        .flatten()
        .and_then(|search| crate::paths::query_value(search.trim_start_matches('?'), "parent"))
        .and_then(|parent| HostConfig::framed(&parent));
    let config = framed.clone().unwrap_or_else(HostConfig::standalone);
    // Our own page lives as long as the page does.
    std::mem::forget(start(element, config));
}
