//! Text that storage can keep: no string of a request, a draft or an
//! export may hold a C0 control character (U+0000 to U+001F) or DEL
//! (U+007F). PostgreSQL refuses NUL in text outright; the others are
//! invisible, break CSV and logs, and are never meant. A multi-line field
//! ([`MULTI_LINE`]: descriptions, summaries, comments, a referral's need, a
//! review's text) may hold tabs and line feeds, and a carriage return only
//! as part of a CRLF line end.
//!
//! [`control_characters`] walks any `Serialize` value (a serializer that
//! writes nothing) and reports `text_control_character` at the JSON Pointer
//! of every string, map key included, that breaks the rule: every field of
//! every type, without a list per type.

use serde::ser::{self, Serialize};

use crate::codes::Code;
use crate::issue::{pointer, Issue};

/// The fields, by their name on the wire, that may hold several lines.
pub const MULTI_LINE: &[&str] = &["description", "summary", "comment", "need", "text"];

/// True when `text` holds no character a field may not keep.
pub fn is_storable(text: &str, multi_line: bool) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\t' | '\n' => multi_line,
            '\r' => multi_line && chars.peek() == Some(&'\n'),
            c => !(c <= '\u{1f}' || c == '\u{7f}'),
        };
        if !allowed {
            return false;
        }
    }
    true
}

/// Every string of `value` that holds a character it may not keep, as a
/// `text_control_character` error at its path under `at`.
pub fn control_characters<T: Serialize + ?Sized>(value: &T, at: &str) -> Vec<Issue> {
    let mut walk = Walk {
        path: at.to_owned(),
        multi_line: false,
        key: None,
        issues: Vec::new(),
    };
    // The walk itself never fails.
    let _ = value.serialize(&mut walk);
    walk.issues
}

struct Walk {
    /// The pointer of the value being walked.
    path: String,
    /// Whether the field the value sits in may hold several lines.
    multi_line: bool,
    /// While a map's key is walked: its text, once read.
    key: Option<Option<String>>,
    issues: Vec<Issue>,
}

/// Never raised: the walk goes on past every string.
#[derive(Debug)]
struct Stop;

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stop")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<M: std::fmt::Display>(_: M) -> Stop {
        Stop
    }
}

impl Walk {
    fn text(&mut self, text: &str) {
        if let Some(key) = &mut self.key {
            // A key is a single line, checked at its own pointer.
            let at = pointer(&self.path, text);
            if !is_storable(text, false) {
                self.issues
                    .push(Issue::error(Code::TextControlCharacter, at));
            }
            *key = Some(text.to_owned());
        } else if !is_storable(text, self.multi_line) {
            self.issues
                .push(Issue::error(Code::TextControlCharacter, self.path.as_str()));
        }
    }

    fn name(&mut self, name: impl std::fmt::Display) {
        if let Some(key) = &mut self.key {
            *key = Some(name.to_string());
        }
    }

    /// Walks `value` at `segment` below the current path.
    fn enter<T: Serialize + ?Sized>(&mut self, segment: &str, multi_line: bool, value: &T) {
        let (path, outer) = (self.path.len(), self.multi_line);
        self.path = pointer(&self.path, segment);
        self.multi_line = multi_line;
        let _ = value.serialize(&mut *self);
        self.path.truncate(path);
        self.multi_line = outer;
    }
}

/// A list, a tuple, a map or a struct being walked.
struct Compound<'a> {
    walk: &'a mut Walk,
    index: usize,
    key: String,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) {
        let multi_line = self.walk.multi_line;
        self.walk.enter(&self.index.to_string(), multi_line, value);
        self.index += 1;
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.walk.enter(name, MULTI_LINE.contains(&name), value);
    }
}

type Done = Result<(), Stop>;

macro_rules! plain {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, value: $ty) -> Done {
            self.name(value);
            Ok(())
        })*
    };
}

impl<'a> ser::Serializer for &'a mut Walk {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    plain! {
        serialize_bool(bool), serialize_i8(i8), serialize_i16(i16), serialize_i32(i32),
        serialize_i64(i64), serialize_u8(u8), serialize_u16(u16), serialize_u32(u32),
        serialize_u64(u64), serialize_f32(f32), serialize_f64(f64),
    }

    fn serialize_char(self, value: char) -> Done {
        self.text(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Done {
        self.text(value);
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Done {
        Ok(())
    }

    fn serialize_none(self) -> Done {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Done {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Done {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.name(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        self.enter(variant, false, value);
        Ok(())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            walk: self,
            index: 0,
            key: String::new(),
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Stop> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Stop> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Stop> {
        self.serialize_seq(Some(len))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, Stop> {
        self.serialize_seq(len)
    }

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Stop> {
        self.serialize_seq(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Stop> {
        self.serialize_seq(Some(len))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        self.walk.key = Some(None);
        let _ = key.serialize(&mut *self.walk);
        self.key = self.walk.key.take().flatten().unwrap_or_default();
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        let key = std::mem::take(&mut self.key);
        self.field(&key, value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Done {
        self.field(name, value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Done {
        self.field(name, value);
        Ok(())
    }

    fn end(self) -> Done {
        Ok(())
    }
}
