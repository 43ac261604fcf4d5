//! Mounts the app on our own page (`index.html` has the element it needs);
//! a host page that embeds the widget calls `mount` instead.

fn main() {
    transition_app::start_standalone();
}
