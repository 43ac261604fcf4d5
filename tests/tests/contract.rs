//! The OpenAPI document is the contract clients are generated from. This
//! walks every operation it lists — whatever they are — with valid,
//! invalid and unauthenticated requests, and fails on any answer the
//! document does not declare for that operation (status, then media type),
//! on any 5xx, and on any JSON body that does not fit its declared schema.
//!
//! And the other way round: a body, header or query value the document
//! allows is never refused as malformed (400), and one it refuses is never
//! accepted (2xx). Each value is judged by what the document declares
//! (`type`, `minimum`, `maximum`, `minLength`, `maxLength`, `pattern`).
//!
//! Each operation is called in three fresh worlds: in demo mode before any
//! import (ids in paths are unknown) and after Contoso's import (real
//! profile, location, solution and import ids, found from the path's
//! resource names), and without demo mode (its routes are not there).

use std::collections::{BTreeMap, BTreeSet};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{json, Value};
use transition_server::tokens::DEFAULT_AUDIENCE;
use transition_tests::*;

#[path = "../images.rs"]
mod images;

/// The operations of the document: (method, path template, operation).
fn operations(doc: &Value) -> Vec<(Method, String, Value)> {
    let mut operations = Vec::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (name, method) in [
            ("get", Method::GET),
            ("post", Method::POST),
            ("put", Method::PUT),
            ("patch", Method::PATCH),
            ("delete", Method::DELETE),
        ] {
            if item[name].is_object() {
                operations.push((method, path.clone(), item[name].clone()));
            }
        }
    }
    operations
}

static NULL: Value = Value::Null;

/// `#/components/schemas/X` and the like.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(pointer) => resolve(
            doc,
            doc.pointer(pointer.trim_start_matches('#'))
                .unwrap_or(&NULL),
        ),
        None => schema,
    }
}

fn schema_name(schema: &Value) -> Option<&str> {
    schema["$ref"].as_str()?.rsplit('/').next()
}

fn types(schema: &Value) -> Vec<&str> {
    match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn has_type(value: &Value, ty: &str) -> bool {
    match ty {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        // JSON Schema counts 12.0 as an integer.
        "integer" => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|v| v.fract() == 0.0)
        }
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// Checks `value` against `schema`: references, `oneOf`/`anyOf`/`allOf`,
/// `type`, `enum`, `required`, `properties`, `additionalProperties` and
/// `items`, recursively. Pushes one line per mismatch.
fn check(doc: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema[key].as_array() {
            let fits = branches.iter().any(|branch| {
                let mut inner = Vec::new();
                check(doc, branch, value, at, &mut inner);
                inner.is_empty()
            });
            if !fits {
                errors.push(format!("{at}: fits none of {key}: {value}"));
            }
        }
    }
    for branch in schema["allOf"].as_array().into_iter().flatten() {
        check(doc, branch, value, at, errors);
    }
    let ty = types(schema);
    if !ty.is_empty() && !ty.iter().any(|t| has_type(value, t)) {
        errors.push(format!("{at}: {value} is not {ty:?}"));
        return;
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            errors.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema["required"].as_array().into_iter().flatten() {
            let name = name.as_str().unwrap_or_default();
            if !object.contains_key(name) {
                errors.push(format!("{at}: required property {name} is missing"));
            }
        }
        let properties = schema["properties"].as_object();
        for (name, member) in object {
            match properties.and_then(|p| p.get(name)) {
                Some(property) => check(doc, property, member, &format!("{at}/{name}"), errors),
                None if schema["additionalProperties"].is_object() => check(
                    doc,
                    &schema["additionalProperties"],
                    member,
                    &format!("{at}/{name}"),
                    errors,
                ),
                None => {}
            }
        }
    }
    if let (Some(items), Some(values)) = (schema.get("items"), value.as_array()) {
        for (k, item) in values.iter().enumerate() {
            check(doc, items, item, &format!("{at}/{k}"), errors);
        }
    }
}

/// The smallest value that fits the schema's shape (not its rules).
fn instance(doc: &Value, schema: &Value) -> Value {
    let schema = resolve(doc, schema);
    if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
        return first.clone();
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(branch) = schema[key]
            .as_array()
            .and_then(|b| b.iter().find(|b| resolve(doc, b)["type"] != "null"))
        {
            return instance(doc, branch);
        }
    }
    match types(schema)
        .into_iter()
        .find(|t| *t != "null")
        .unwrap_or("object")
    {
        "string" => json!("x"),
        "integer" | "number" => json!(1),
        "boolean" => json!(true),
        "array" => json!([]),
        _ => {
            let mut object = serde_json::Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                object.insert(name.to_owned(), instance(doc, &schema["properties"][name]));
            }
            Value::Object(object)
        }
    }
}

/// The schema's shape with every required property of the wrong type.
fn wrong_types(doc: &Value, schema: &Value) -> Value {
    let wrong = |schema: &Value| match types(resolve(doc, schema)).first().copied() {
        Some("string") => json!(42),
        Some("array") => json!({"not": "an array"}),
        Some("object") => json!(["not", "an", "object"]),
        _ => json!("not a number"),
    };
    let resolved = resolve(doc, schema);
    match resolved["required"].as_array() {
        Some(required) => Value::Object(
            required
                .iter()
                .filter_map(Value::as_str)
                .map(|name| (name.to_owned(), wrong(&resolved["properties"][name])))
                .collect(),
        ),
        None => wrong(resolved),
    }
}

/// A body that passes the rules, for the request schemas whose rules a
/// generated instance would break. An unknown schema gets an instance of
/// its shape; every operation must still answer 2xx to something (see the
/// coverage check), so a schema without a sample here shows.
fn sample(name: &str) -> Option<Value> {
    let address =
        json!({"line1": "1 Grand Place", "city": "Lille", "postal_code": "59000", "country": "FR"});
    Some(match name {
        "ImportRequest" => contoso_request(),
        "ProfileDraft" => json!({
            "region": "DE", "name": "Contoso Deutschland", "website": "https://contoso.example",
            "target_sizes": ["small"],
            "locations": [{"name": "Berlin", "address": {"line1": "Unter den Linden 1",
                "city": "Berlin", "postal_code": "10117", "country": "DE"}}]
        }),
        "ProfileOverrides" => json!({"name": "Contoso France SAS"}),
        "NewLocation" => json!({"name": "Lille", "address": address}),
        "LocationPatch" => json!({"name": "Lyon centre"}),
        "SolutionIds" => json!({"solution_ids": []}),
        "SolutionOverrides" => json!({"summary": "A new summary."}),
        "DevTokenRequest" => json!({"partner_id": CONTOSO}),
        "DraftPut" => json!({"content": {"selections": [{"pinpoint_profile_id": "bp-fr"},
            {"pinpoint_profile_id": "bp-be"}], "chosen": ["bp-be"]}}),
        "SubmitRequest" => json!({"plan_digest": DRAFT_DIGEST}),
        "ReturnRequest" => json!({"comment": "Please check the Brussels phone number."}),
        "PartnerSettings" => json!({"imports_need_second_admin": true}),
        "PinpointExport" => {
            serde_json::from_slice(&std::fs::read(fixture("contoso.json")).ok()?).ok()?
        }
        _ => return None,
    })
}

/// The value with every object inside it (not itself) whose schema has
/// properties written as an array of its members (in the schema's order,
/// `null` for one absent): what serde's derive would take for a struct,
/// and what the document refuses. `None` when it has no such object.
fn objects_as_arrays(doc: &Value, schema: &Value, value: &Value) -> Option<Value> {
    let schema = resolve(doc, schema);
    for key in ["oneOf", "anyOf", "allOf"] {
        for branch in schema[key].as_array().into_iter().flatten() {
            let mut errors = Vec::new();
            check(doc, branch, value, "", &mut errors);
            if errors.is_empty() {
                if let Some(changed) = objects_as_arrays(doc, branch, value) {
                    return Some(changed);
                }
            }
        }
    }
    match value {
        Value::Object(object) => {
            let properties = schema["properties"].as_object();
            let mut changed = false;
            let mut out = object.clone();
            for (name, member) in object {
                let member_schema = match properties.and_then(|p| p.get(name)) {
                    Some(property) => property,
                    None => &schema["additionalProperties"],
                };
                let member_resolved = resolve(doc, member_schema);
                if let (Some(fields), Some(inner)) = (
                    member_resolved["properties"].as_object(),
                    member.as_object(),
                ) {
                    let array = fields
                        .keys()
                        .map(|field| inner.get(field).cloned().unwrap_or(Value::Null))
                        .collect();
                    out.insert(name.clone(), Value::Array(array));
                    changed = true;
                } else if let Some(inner) = objects_as_arrays(doc, member_schema, member) {
                    out.insert(name.clone(), inner);
                    changed = true;
                }
            }
            changed.then_some(Value::Object(out))
        }
        Value::Array(items) => {
            let mut changed = false;
            let out = items
                .iter()
                .map(
                    |item| match objects_as_arrays(doc, &schema["items"], item) {
                        Some(inner) => {
                            changed = true;
                            inner
                        }
                        None => item.clone(),
                    },
                )
                .collect();
            changed.then_some(Value::Array(out))
        }
        _ => None,
    }
}

/// The value with every integer written with a zero fraction (`12.0`),
/// which JSON Schema counts as the same integer; `None` when it has none.
fn integers_as_floats(value: &Value) -> Option<String> {
    fn has_integer(value: &Value) -> bool {
        match value {
            Value::Number(n) => n.is_i64() || n.is_u64(),
            Value::Array(items) => items.iter().any(has_integer),
            Value::Object(object) => object.values().any(has_integer),
            _ => false,
        }
    }
    fn write(value: &Value, out: &mut String) {
        match value {
            Value::Number(n) if n.is_i64() || n.is_u64() => out.push_str(&format!("{n}.0")),
            Value::Array(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    write(item, out);
                }
                out.push(']');
            }
            Value::Object(object) => {
                out.push('{');
                for (k, (name, member)) in object.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(name.clone()).to_string());
                    out.push(':');
                    write(member, out);
                }
                out.push('}');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    has_integer(value).then(|| {
        let mut out = String::new();
        write(value, &mut out);
        out
    })
}

/// Whether the document allows `value` for a string parameter of
/// `schema`: its `minLength`, `maxLength` (in characters) and `pattern`.
fn allows_string(schema: &Value, value: &str) -> bool {
    let length = value.chars().count() as u64;
    let pattern = schema["pattern"].as_str().map(|p| {
        regex::Regex::new(p).unwrap_or_else(|error| panic!("the document's pattern {p:?}: {error}"))
    });
    schema["minLength"].as_u64().is_none_or(|min| length >= min)
        && schema["maxLength"].as_u64().is_none_or(|max| length <= max)
        && pattern.is_none_or(|p| p.is_match(value))
}

/// A request body: its media type and bytes.
type Payload = Option<(String, Vec<u8>)>;

/// What the document says of a call's values, beyond the declared answers.
#[derive(Clone, Debug, PartialEq)]
enum Expect {
    /// Only that the answer is declared.
    Declared,
    /// The document refuses a value: the answer is not a success.
    Refused,
    /// The document allows every value: the answer is not 400.
    NotMalformed,
    /// The same body as the call of this label, written otherwise: the
    /// same status.
    SameAs(String),
}

/// One request to make.
#[derive(Clone)]
struct Call {
    label: String,
    path: String,
    token: Option<String>,
    headers: Vec<(String, String)>,
    body: Payload,
    expect: Expect,
}

/// The ids of the world, by the resource name that precedes them in a
/// path (`/business-profiles/{id}`, `/locations/{lid}`, ...).
fn ids_of(import: &Value) -> BTreeMap<&'static str, String> {
    let profile = &import["profiles"][0];
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    BTreeMap::from([
        ("imports", text(&import["id"])),
        ("business-profiles", text(&profile["id"])),
        ("locations", text(&profile["locations"][0]["id"])),
        ("solutions", text(&profile["solutions"][0]["id"])),
    ])
}

/// The id of a logo Contoso uploads.
async fn upload_logo(app: &TestApp) -> String {
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/logos")
        .header("authorization", format!("Bearer {}", admin(CONTOSO)))
        .body(Body::from(images::png(200, 100)));
    match request {
        Ok(request) => app.send(request).await.json()["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        Err(error) => panic!("bad test request: {error}"),
    }
}

/// The path with each `{param}` filled by `fill(resource before it)`.
fn fill(template: &str, with: impl Fn(&str) -> String) -> String {
    let segments: Vec<&str> = template.split('/').collect();
    segments
        .iter()
        .enumerate()
        .map(|(k, segment)| {
            if segment.starts_with('{') && segment.ends_with('}') {
                with(if k > 0 { segments[k - 1] } else { "" })
            } else {
                (*segment).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The identities to call an operation as, the valid one last.
fn identities(operation: &Value) -> Vec<(&'static str, Option<String>)> {
    let schemes: BTreeSet<String> = operation["security"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|r| r.keys().cloned())
        .collect();
    let now = unix_now();
    let mut identities = vec![("anonymous", None)];
    if schemes.contains("bearer") {
        identities.extend([
            ("garbage token", Some("not-a-jwt".to_owned())),
            (
                "expired token",
                Some(token_with(
                    CONTOSO,
                    &["account_admin"],
                    now - 3600,
                    DEFAULT_AUDIENCE,
                    SECRET,
                )),
            ),
            (
                "other audience",
                Some(token_with(
                    CONTOSO,
                    &["account_admin"],
                    now + 3600,
                    "elsewhere",
                    SECRET,
                )),
            ),
            (
                "bad signature",
                Some(token_with(
                    CONTOSO,
                    &["account_admin"],
                    now + 3600,
                    DEFAULT_AUDIENCE,
                    "another-secret-another-secret-0123",
                )),
            ),
            ("read-only", Some(token(CONTOSO, &["reader"]))),
            ("another partner", Some(admin(FABRIKAM))),
            ("closed account", Some(admin(NORTHWIND))),
            ("no account", Some(admin("7999999"))),
            ("admin", Some(admin(CONTOSO))),
        ]);
    }
    if schemes.contains("operator") {
        identities.extend([
            ("partner token as operator", Some(admin(CONTOSO))),
            ("wrong operator token", Some("operator-wrong".to_owned())),
            ("operator", Some(OPERATOR_TOKEN.to_owned())),
        ]);
    }
    if schemes.is_empty() {
        identities[0].0 = "public";
    }
    identities
}

/// Every call to make for one operation in one world, the valid ones last.
fn calls(
    doc: &Value,
    template: &str,
    operation: &Value,
    ids: Option<&BTreeMap<&str, String>>,
) -> Vec<Call> {
    let json_body = &operation["requestBody"]["content"]["application/json"]["schema"];
    // A body of bytes (a logo upload) is an image the rules accept.
    let bytes_body = &operation["requestBody"]["content"]["application/octet-stream"];
    let valid_body = if !json_body.is_null() {
        let body = schema_name(json_body)
            .and_then(sample)
            .unwrap_or_else(|| instance(doc, json_body));
        Some(("application/json".to_owned(), body.to_string().into_bytes()))
    } else if !bytes_body.is_null() {
        Some(("application/octet-stream".to_owned(), images::png(300, 100)))
    } else {
        None
    };
    let parameters: Vec<&Value> = operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    let headers: Vec<&str> = parameters
        .iter()
        .filter(|p| p["in"] == "header")
        .filter_map(|p| p["name"].as_str())
        .collect();
    let queries: Vec<&str> = parameters
        .iter()
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str())
        .collect();
    let real = ids.map(|ids| {
        fill(template, |resource| {
            ids.get(resource)
                .cloned()
                .unwrap_or_else(|| "unknown-resource".to_owned())
        })
    });
    let fake = fill(template, |_| "does-not-exist".to_owned());
    let mut paths = vec![("unknown ids", fake.clone())];
    if template.contains('{') {
        paths.push(("ids not UTF-8", fill(template, |_| "%FF%FE".to_owned())));
    }
    if let Some(real) = &real {
        paths.push(("real ids", real.clone()));
    }
    let (best_label, best_path) = paths.last().cloned().unwrap_or(("", fake));
    let mut n = 0;
    let mut key = || {
        n += 1;
        format!("contract-key-{n}")
    };
    // A precondition (If-Match, If-None-Match) holds for any current
    // draft as `*`; every other header takes a fresh key.
    let valid_headers = |key: String| -> Vec<(String, String)> {
        headers
            .iter()
            .map(|h| {
                let value = if let Some(precondition) = precondition(template, h) {
                    precondition
                } else {
                    key.clone()
                };
                ((*h).to_owned(), value)
            })
            .collect()
    };

    let mut calls = Vec::new();
    let call = |label: String,
                path: &str,
                token: Option<String>,
                headers: Vec<(String, String)>,
                body: Payload| Call {
        label,
        path: path.to_owned(),
        token,
        headers,
        body,
        expect: Expect::Declared,
    };
    let all = identities(operation);
    let (best_who, best_token) = all.last().cloned().unwrap_or(("public", None));
    // Every identity on every path, with a valid body.
    for (who, token) in &all {
        for (what, path) in &paths {
            calls.push(call(
                format!("{who}, {what}"),
                path,
                token.clone(),
                valid_headers(key()),
                valid_body.clone(),
            ));
        }
    }
    // Bodies that do not parse or do not fit.
    if let Some((_, valid)) = valid_body.as_ref().filter(|_| !json_body.is_null()) {
        let schema = json_body;
        let mut oversized = b"{\"padding\": \"".to_vec();
        oversized.extend(std::iter::repeat_n(b'x', 70 * 1024));
        oversized.extend(b"\"}");
        let mut unknown_field = serde_json::from_slice::<Value>(valid).unwrap_or(Value::Null);
        if let Some(object) = unknown_field.as_object_mut() {
            object.insert("zz_unknown_field".to_owned(), json!(true));
        }
        let bodies: Vec<(&str, Payload)> = vec![
            ("no body", None),
            (
                "malformed JSON",
                Some(("application/json".to_owned(), b"{not json".to_vec())),
            ),
            (
                "empty JSON",
                Some(("application/json".to_owned(), Vec::new())),
            ),
            (
                "trailing garbage",
                Some((
                    "application/json".to_owned(),
                    [valid.as_slice(), b" ]"].concat(),
                )),
            ),
            (
                "wrong types",
                Some((
                    "application/json".to_owned(),
                    wrong_types(doc, schema).to_string().into_bytes(),
                )),
            ),
            (
                "a JSON array",
                Some(("application/json".to_owned(), b"[1, 2]".to_vec())),
            ),
            (
                "shape only",
                Some((
                    "application/json".to_owned(),
                    instance(doc, schema).to_string().into_bytes(),
                )),
            ),
            (
                "unknown field",
                Some((
                    "application/json".to_owned(),
                    unknown_field.to_string().into_bytes(),
                )),
            ),
            (
                "oversized body",
                Some(("application/json".to_owned(), oversized)),
            ),
            ("text/plain", Some(("text/plain".to_owned(), valid.clone()))),
        ];
        for (what, body) in bodies {
            calls.push(call(
                format!("{best_who}, {best_label}, {what}"),
                &best_path,
                best_token.clone(),
                valid_headers(key()),
                body,
            ));
        }
        // Objects written as arrays: the document refuses them.
        let valid_value = serde_json::from_slice::<Value>(valid).unwrap_or(Value::Null);
        if let Some(arrays) = objects_as_arrays(doc, schema, &valid_value) {
            let mut refused = call(
                format!("{best_who}, {best_label}, objects as arrays"),
                &best_path,
                best_token.clone(),
                valid_headers(key()),
                Some((
                    "application/json".to_owned(),
                    arrays.to_string().into_bytes(),
                )),
            );
            refused.expect = Expect::Refused;
            calls.push(refused);
        }
    }
    // Header parameters missing, empty, too long, not ASCII; a key used
    // again with another body.
    for &header in &headers {
        let others: Vec<(String, String)> = headers
            .iter()
            .filter(|h| **h != header)
            .map(|h| {
                let value = if let Some(precondition) = precondition(template, h) {
                    precondition
                } else {
                    key()
                };
                ((*h).to_owned(), value)
            })
            .collect();
        let parameter = parameters
            .iter()
            .find(|p| p["in"] == "header" && p["name"] == header);
        let schema = parameter.map_or(&NULL, |p| resolve(doc, &p["schema"]));
        let required = parameter.is_some_and(|p| p["required"] == true);
        let mut values = vec![
            ("missing", None),
            ("empty", Some(String::new())),
            ("too long", Some("k".repeat(300))),
            ("not visible ASCII", Some("clé avec espaces".to_owned())),
        ];
        if let Some(max) = schema["maxLength"]
            .as_u64()
            .and_then(|m| usize::try_from(m).ok())
        {
            values.push(("at its maxLength", Some("k".repeat(max))));
            values.push(("over its maxLength", Some("k".repeat(max + 1))));
        }
        for (what, value) in values {
            let expect = match &value {
                None if required => Expect::Refused,
                None => Expect::Declared,
                Some(v) if allows_string(schema, v) => Expect::NotMalformed,
                Some(_) => Expect::Refused,
            };
            let mut set = others.clone();
            set.extend(value.map(|v| (header.to_owned(), v)));
            let mut header_call = call(
                format!("{best_who}, {header} {what}"),
                &best_path,
                best_token.clone(),
                set,
                valid_body.clone(),
            );
            header_call.expect = expect;
            calls.push(header_call);
        }
    }
    // Integer query parameters at their bounds and past them (0 and a
    // million where the document gives none): what the document allows is
    // not malformed, what it refuses is not a success.
    for parameter in parameters.iter().filter(|p| p["in"] == "query") {
        let schema = resolve(doc, &parameter["schema"]);
        if !types(schema).contains(&"integer") {
            continue;
        }
        let name = parameter["name"].as_str().unwrap_or_default();
        let minimum = schema["minimum"].as_i64();
        let maximum = schema["maximum"].as_i64();
        let mut values = vec![
            (minimum.unwrap_or(0), Expect::NotMalformed),
            (maximum.unwrap_or(1_000_000), Expect::NotMalformed),
        ];
        values.extend(minimum.map(|min| (min - 1, Expect::Refused)));
        values.extend(maximum.map(|max| (max + 1, Expect::Refused)));
        for (value, expect) in values {
            let mut query_call = call(
                format!("{best_who}, {name}={value}"),
                &format!("{best_path}?{name}={value}"),
                best_token.clone(),
                valid_headers(key()),
                valid_body.clone(),
            );
            query_call.expect = expect;
            calls.push(query_call);
        }
    }
    // Query parameters given, repeated, not UTF-8.
    for query in &queries {
        for (what, suffix) in [
            ("given", format!("?{query}={CONTOSO}")),
            ("repeated", format!("?{query}=a&{query}=b")),
            ("not UTF-8", format!("?{query}=%FF")),
        ] {
            calls.push(call(
                format!("{best_who}, {query} {what}"),
                &format!("{best_path}{suffix}"),
                best_token.clone(),
                valid_headers(key()),
                valid_body.clone(),
            ));
        }
    }
    // The valid call last (it may delete what the others need), then
    // again: a replay, or a second delete of what is gone.
    let again_key = key();
    for what in ["valid", "valid, again"] {
        calls.push(call(
            format!("{best_who}, {best_label}, {what}"),
            &best_path,
            best_token.clone(),
            valid_headers(again_key.clone()),
            valid_body.clone(),
        ));
    }
    // The same body with its integers written 12.0: the same answer.
    let floats = valid_body
        .as_ref()
        .and_then(|(_, bytes)| serde_json::from_slice::<Value>(bytes).ok())
        .and_then(|value| integers_as_floats(&value));
    if let Some(floats) = floats {
        let mut same = call(
            format!("{best_who}, {best_label}, integers written 12.0"),
            &best_path,
            best_token.clone(),
            valid_headers(again_key.clone()),
            Some(("application/json".to_owned(), floats.into_bytes())),
        );
        same.expect = Expect::SameAs(format!("{best_who}, {best_label}, valid, again"));
        calls.push(same);
    }
    if !headers.is_empty() {
        let other = Some((
            "application/json".to_owned(),
            instance(doc, json_body).to_string().into_bytes(),
        ));
        calls.push(call(
            format!("{best_who}, {best_label}, same key, another body"),
            &best_path,
            best_token,
            valid_headers(again_key),
            other,
        ));
    }
    calls
}

fn media_type(answer: &Answer) -> String {
    answer
        .header("content-type")
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// What is wrong with `answer` for `operation`, if anything.
fn judge(doc: &Value, operation: &Value, answer: &Answer) -> Vec<String> {
    let status = answer.status.as_u16();
    let mut errors = Vec::new();
    if status >= 500 {
        errors.push(format!("a server error: {}", answer.text()));
    }
    let responses = &operation["responses"];
    let range = format!("{}XX", status / 100);
    let declared = [status.to_string(), range, "default".to_owned()]
        .iter()
        .map(|key| &responses[key.as_str()])
        .find(|r| !r.is_null())
        .map(|r| resolve(doc, r));
    let Some(declared) = declared else {
        let listed: Vec<&String> = responses
            .as_object()
            .map(|r| r.keys().collect())
            .unwrap_or_default();
        errors.push(format!(
            "status {status} is not declared (declared: {listed:?}; body: {})",
            answer.text()
        ));
        return errors;
    };
    let content = declared["content"].as_object();
    let Some(content) = content.filter(|c| !c.is_empty()) else {
        if !answer.body.is_empty() {
            errors.push(format!(
                "status {status} is declared without a body, but one came: {}",
                answer.text()
            ));
        }
        return errors;
    };
    let media = media_type(answer);
    let Some(declared_media) = content.get(&media) else {
        let listed: Vec<&String> = content.keys().collect();
        errors.push(format!(
            "status {status} as {media:?} is not declared (declared: {listed:?})"
        ));
        return errors;
    };
    if media.ends_with("json") {
        match serde_json::from_slice::<Value>(&answer.body) {
            Ok(body) => check(doc, &declared_media["schema"], &body, "", &mut errors),
            Err(error) => errors.push(format!("status {status} {media} is not JSON: {error}")),
        }
    }
    errors
}

/// The plan digest of the draft's request, in a submission's body: filled
/// in by [`send`] with a preview's, by the same caller, just before.
const DRAFT_DIGEST: &str = "(the draft's plan digest)";

/// The draft every world before the import has (everything chosen but
/// `bp-be`, acknowledged), and the request it stands for.
fn draft_content() -> Value {
    json!({"selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "chosen": ["bp-fr"], "acknowledgements": acknowledged()})
}

fn draft_request() -> Value {
    json!({"selections": [{"pinpoint_profile_id": "bp-fr"}], "acknowledgements": acknowledged()})
}

/// A valid `If-Match` of a commit: the plan digest of a preview of the
/// same body by the same caller, made just before the call ([`send`]).
const PREVIEW_ETAG: &str = "(the preview's ETag)";

/// A precondition header's valid value: the commit's `If-Match` is the
/// preview's digest (filled in once known); a draft's `If-Match` or
/// `If-None-Match` holds for any current draft as `*`.
fn precondition(template: &str, header: &str) -> Option<String> {
    if !header.to_ascii_lowercase().starts_with("if-") {
        None
    } else if template.ends_with("/imports") && header.eq_ignore_ascii_case("if-match") {
        Some(PREVIEW_ETAG.to_owned())
    } else {
        Some("*".to_owned())
    }
}

/// The plan digest of a preview of `call`'s body, quoted; a well-formed
/// digest of nothing when the preview gives none (a closed account, ...).
async fn preview_etag(app: &TestApp, call: &Call) -> String {
    preview_etag_of(app, call, call.body.clone()).await
}

async fn preview_etag_of(app: &TestApp, call: &Call, body: Option<(String, Vec<u8>)>) -> String {
    let mut builder = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/imports/preview");
    if let Some(token) = &call.token {
        builder = builder.header("authorization", format!("Bearer {token}"));
    }
    let body = match &body {
        Some((media, bytes)) => {
            builder = builder.header("content-type", media.as_str());
            Body::from(bytes.clone())
        }
        None => Body::empty(),
    };
    let answer = match builder.body(body) {
        Ok(request) => app.send(request).await,
        Err(error) => panic!("{}: bad preview request: {error}", call.label),
    };
    answer
        .headers
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .map_or_else(|| format!("\"sha256:{}\"", "0".repeat(64)), str::to_owned)
}

async fn send(app: &TestApp, method: &Method, call: &Call) -> Answer {
    let mut builder = Request::builder().method(method.clone()).uri(&call.path);
    if let Some(token) = &call.token {
        builder = builder.header("authorization", format!("Bearer {token}"));
    }
    for (name, value) in &call.headers {
        if value == PREVIEW_ETAG {
            let etag = preview_etag(app, call).await;
            builder = builder.header(name.as_str(), etag.as_bytes());
            continue;
        }
        builder = builder.header(name.as_str(), value.as_bytes());
    }
    let body = match &call.body {
        Some((media, bytes)) => {
            builder = builder.header("content-type", media.as_str());
            let text = String::from_utf8_lossy(bytes);
            if text.contains(DRAFT_DIGEST) {
                let request = Some((
                    "application/json".to_owned(),
                    draft_request().to_string().into_bytes(),
                ));
                let etag = preview_etag_of(app, call, request).await;
                Body::from(text.replace(DRAFT_DIGEST, etag.trim_matches('"')))
            } else {
                Body::from(bytes.clone())
            }
        }
        None => Body::empty(),
    };
    match builder.body(body) {
        Ok(request) => app.send(request).await,
        Err(error) => panic!("{}: bad test request: {error}", call.label),
    }
}

#[tokio::test]
async fn every_answer_of_every_operation_is_declared() -> TestResult {
    let doc = TestApp::new()
        .await?
        .call(Method::GET, "/api/v1/openapi.json", None, None)
        .await
        .json();
    let operations = operations(&doc);
    assert!(
        operations.len() >= 20,
        "the document lists {} operations",
        operations.len()
    );

    let mut failures = Vec::new();
    let mut seen: BTreeMap<String, BTreeSet<u16>> = BTreeMap::new();
    for (method, template, operation) in &operations {
        let name = format!("{method} {template}");
        for (world, demo, imported) in [
            ("demo, before any import", true, false),
            ("demo, after the import", true, true),
            ("production, after the import", false, true),
        ] {
            let app = TestApp::with_settings(settings(demo)).await?;
            let ids = if imported {
                let mut ids = ids_of(&app.import_contoso().await);
                let logo = upload_logo(&app).await;
                ids.insert("logos", logo);
                Some(ids)
            } else {
                // Before the import, Contoso's wizard has a draft.
                let draft = json!({"content": draft_content()});
                let answer = app
                    .call(
                        Method::PUT,
                        "/api/v1/imports/draft",
                        Some(&admin(CONTOSO)),
                        Some(draft),
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
                // A submission to withdraw (the admin's own), or to
                // return or approve (a colleague's).
                let submitter = if template.ends_with("/imports/draft/submission") {
                    (*method == Method::DELETE).then(|| admin(CONTOSO))
                } else if template.ends_with("/submission/return")
                    || template.ends_with("/submission/approve")
                {
                    Some(person_token(
                        CONTOSO,
                        "colleague",
                        Some("Sam Lee"),
                        &["account_admin"],
                    ))
                } else {
                    None
                };
                if let Some(submitter) = submitter {
                    let digest = app.preview_digest(&submitter, &draft_request()).await;
                    let digest = digest.unwrap_or_default();
                    let answer = app
                        .call(
                            Method::POST,
                            "/api/v1/imports/draft/submission",
                            Some(&submitter),
                            Some(json!({"plan_digest": digest.trim_matches('"')})),
                        )
                        .await;
                    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
                }
                None
            };
            let mut statuses: BTreeMap<String, u16> = BTreeMap::new();
            for call in calls(&doc, template, operation, ids.as_ref()) {
                let answer = send(&app, method, &call).await;
                let status = answer.status.as_u16();
                seen.entry(name.clone()).or_default().insert(status);
                let mut errors = judge(&doc, operation, &answer);
                match &call.expect {
                    Expect::Declared => {}
                    Expect::Refused if (200..300).contains(&status) => errors.push(format!(
                        "accepted ({status}) what the document refuses: {}",
                        answer.text()
                    )),
                    Expect::NotMalformed if status == 400 => errors.push(format!(
                        "refused as malformed what the document allows: {}",
                        answer.text()
                    )),
                    Expect::SameAs(label) if statuses.get(label).is_some_and(|s| *s != status) => {
                        errors.push(format!(
                            "{status}, where {label:?} was {:?}: {}",
                            statuses.get(label),
                            answer.text()
                        ));
                    }
                    Expect::Refused | Expect::NotMalformed | Expect::SameAs(_) => {}
                }
                statuses.insert(call.label.clone(), status);
                failures.extend(
                    errors
                        .into_iter()
                        .map(|e| format!("{name} ({}; {world}): {e}", call.label)),
                );
            }
        }
        let declares_success = operation["responses"]
            .as_object()
            .is_some_and(|r| r.keys().any(|status| status.starts_with('2')));
        let succeeded = seen
            .get(&name)
            .is_some_and(|s| s.iter().any(|status| (200..300).contains(status)));
        if declares_success && !succeeded {
            failures.push(format!(
                "{name}: no call succeeded (answers: {:?}); give its body schema a sample",
                seen.get(&name)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} answers break the contract:\n{}",
        failures.len(),
        failures.join("\n")
    );
    Ok(())
}

#[tokio::test]
async fn problems_are_declared_as_problem_json_with_the_problem_schema() -> TestResult {
    let doc = TestApp::new()
        .await?
        .call(Method::GET, "/api/v1/openapi.json", None, None)
        .await
        .json();
    let mut wrong = Vec::new();
    for (method, path, operation) in operations(&doc) {
        for (status, response) in operation["responses"].as_object().into_iter().flatten() {
            let response = resolve(&doc, response);
            let content = &response["content"];
            let is_error = status.starts_with('4') || status.starts_with('5');
            let has_body = content.as_object().is_some_and(|c| !c.is_empty());
            let problem_json = &content["application/problem+json"];
            let json_problem =
                schema_name(&content["application/json"]["schema"]) == Some("Problem");
            let other_problem =
                !problem_json.is_null() && schema_name(&problem_json["schema"]) != Some("Problem");
            if json_problem || other_problem || (is_error && !has_body) {
                wrong.push(format!("{method} {path} {status}"));
            }
        }
        let secured = operation["security"]
            .as_array()
            .is_some_and(|s| !s.is_empty());
        if secured && operation["responses"]["401"].is_null() {
            wrong.push(format!("{method} {path}: 401 is not declared"));
        }
    }
    assert!(wrong.is_empty(), "not declared as problems: {wrong:#?}");
    Ok(())
}

#[tokio::test]
async fn the_checker_refuses_what_does_not_fit() -> TestResult {
    let doc = TestApp::new()
        .await?
        .call(Method::GET, "/api/v1/openapi.json", None, None)
        .await
        .json();
    let problem = json!({"$ref": "#/components/schemas/Problem"});
    let good = json!({"type": "https://pinpoint-transition.example/problems/not_found", "title": "Not found.",
                      "status": 404, "code": "not_found"});
    let mut errors = Vec::new();
    check(&doc, &problem, &good, "", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    for bad in [
        json!({"title": "Not found.", "status": 404, "code": "not_found"}),
        json!({"type": "t", "title": "Not found.", "status": "404", "code": "not_found"}),
        json!({"type": "t", "title": "Not found.", "status": 404, "code": "no_such_code"}),
        json!({"type": "t", "title": "x", "status": 422, "code": "validation_failed", "issues": [{"code": "name_empty"}]}),
    ] {
        let mut errors = Vec::new();
        check(&doc, &problem, &bad, "", &mut errors);
        assert!(!errors.is_empty(), "{bad} passed");
    }
    Ok(())
}
