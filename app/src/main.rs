//! Mounts the app on the page's body.

use leptos::prelude::*;
use transition_domain::values::ProfileName;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The first screen: a business profile name checked live by the domain
/// crate, the same code the server runs.
#[component]
fn App() -> impl IntoView {
    let (name, set_name) = signal(String::new());
    let verdict = move || match ProfileName::parse(&name.get()) {
        Ok(_) => String::new(),
        Err(issue) => issue.message(transition_domain::Lang::En),
    };
    view! {
        <main class="pt-root">
            <h1>"Pinpoint Transition"</h1>
            <label for="pt-name">"Business profile name"</label>
            <input id="pt-name" aria-describedby="pt-name-error"
                on:input=move |ev| set_name.set(event_target_value(&ev)) prop:value=name />
            <p id="pt-name-error" aria-live="polite">{verdict}</p>
        </main>
    }
}
