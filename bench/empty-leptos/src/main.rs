//! The smallest Leptos CSR page: one reactive text mounted on the body.

use leptos::prelude::*;

fn main() {
    let (count, _) = signal(0);
    leptos::mount::mount_to_body(move || view! { <p>{move || count.get()}</p> });
}
