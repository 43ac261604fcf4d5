// The mock partner portal's own script: it signs the partner in (here
// with the demo server's token endpoint, as a real portal would with its
// own identity provider), embeds the widget, and listens for imports.
import { mountPinpointTransition } from "/embed/widget.js";

const log = document.getElementById("portal-events");
const toast = document.getElementById("portal-toast");
const element = document.getElementById("pinpoint-widget");

function note(text) {
  const item = document.createElement("li");
  item.textContent = `${new Date().toLocaleTimeString()} — ${text}`;
  log.prepend(item);
}

element.addEventListener("pinpoint-transition:imported", (event) => {
  const { import_id, profiles } = event.detail;
  const names = profiles.map((p) => `${p.name} (${p.region})`).join(", ");
  const { prepared_by, approved_by } = event.detail;
  const approval = approved_by ? `, approved by ${approved_by.name ?? approved_by.id}` : "";
  note(`import ${import_id}: ${names} (prepared by ${prepared_by?.name ?? prepared_by?.id}${approval})`);
  toast.textContent = `Pinpoint import complete: ${names}`;
  toast.hidden = false;
  document.body.dataset.lastImport = import_id;
});

for (const name of ["approval-requested", "approval-returned", "approval-withdrawn"]) {
  element.addEventListener(`pinpoint-transition:${name}`, (event) => {
    const who = event.detail.submitted_by?.name ?? event.detail.submitted_by?.id;
    note(`${name}: submitted by ${who}`);
  });
}

// The portal's signed-in person: `?user=` (a demo person, `demo-alex` or
// `demo-sam`, or any id) and `?name=`; the demo server's first person
// otherwise. The token names the person in `sub` and the partner in
// `partner_id`.
async function portalToken() {
  const query = new URLSearchParams(location.search);
  const request = { partner_id: "4412345" };
  if (query.get("user")) request.user_id = query.get("user");
  if (query.get("name")) request.name = query.get("name");
  const answer = await fetch("/api/v1/dev/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request),
  });
  if (!answer.ok) throw new Error(`token: HTTP ${answer.status}`);
  return (await answer.json()).token;
}

try {
  const token = await portalToken();
  const locale = new URLSearchParams(location.search).get("locale") ?? document.documentElement.lang;
  await mountPinpointTransition(element, {
    token,
    locale,
    basePath: "/host",
    theme: { accent: "#5b3cc4", accentHover: "#4a2fa8", accentSoft: "#f1edfb" },
  });
  note("widget mounted");
} catch (error) {
  element.textContent = `The widget could not start: ${error.message}`;
  note(`error: ${error.message}`);
}
