//! The rule of a logo image (SPEC §3), written once: GIF, JPG or PNG, at
//! most [`LOGO_MAX_WIDTH`] pixels wide, and a warning when it is taller
//! than wide. [`check_logo_image`] reads the facts of an image, whoever
//! found them: a Pinpoint export's description of its logo (through a
//! profile's [`check_logo`]) or the server reading an uploaded file's
//! bytes (`POST /api/v1/logos`).

use super::Checker;
use crate::codes::Code;
use crate::input::LogoInput;
use crate::issue::Issue;
use crate::model::{Logo, LogoImage};
use crate::values::{LogoFormat, WebUrl, LOGO_MAX_WIDTH};

/// Checks a logo image's facts: `format` is its format's name (`None`:
/// the bytes are no image that could be read), `width` and `height` its
/// size in pixels. Issues are placed under the JSON Pointer `at`
/// (`{at}/format`, `{at}/width`, `{at}/height`). Returns the format when
/// no rule fails with an error; warnings come back either way.
pub fn check_logo_image(
    format: Option<&str>,
    width: u32,
    height: u32,
    at: &str,
) -> (Option<LogoFormat>, Vec<Issue>) {
    let mut issues = Vec::new();
    let format = match format {
        // The size of an image that could not be read is not known.
        None => {
            issues.push(
                Issue::error(Code::LogoUnreadable, format!("{at}/format"))
                    .with("limit", LOGO_MAX_WIDTH),
            );
            return (None, issues);
        }
        Some(name) => LogoFormat::parse(name)
            .map_err(|issue| {
                issues.push(
                    issue
                        .at(format!("{at}/format"))
                        .with("limit", LOGO_MAX_WIDTH),
                )
            })
            .ok(),
    };
    let mut wide_enough = true;
    if width > LOGO_MAX_WIDTH {
        wide_enough = false;
        issues.push(
            Issue::error(Code::LogoTooWide, format!("{at}/width"))
                .with("limit", LOGO_MAX_WIDTH)
                .with("actual", width),
        );
    }
    if height > width {
        issues.push(
            Issue::warning(Code::LogoTallerThanWide, format!("{at}/height"))
                .with("width", width)
                .with("height", height),
        );
    }
    (format.filter(|_| wide_enough), issues)
}

/// A profile's logo: its image (an upload, or a web address checked
/// here) and the facts [`check_logo_image`] checks.
pub(super) fn check_logo(c: &mut Checker, input: &LogoInput, at: &str) -> Option<Logo> {
    let image = match &input.upload {
        Some(id) => Some(LogoImage::Upload(id.clone())),
        None => c
            .check(
                at,
                "url",
                WebUrl::parse_as(&input.url, Code::LogoUrlInvalid),
            )
            .map(LogoImage::Web),
    };
    let (format, issues) = check_logo_image(Some(&input.format), input.width, input.height, at);
    c.issues.extend(issues);
    Some(Logo {
        image: image?,
        format: format?,
        width: input.width,
        height: input.height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::Severity;

    fn codes(issues: &[Issue]) -> Vec<(Code, Severity, &str)> {
        issues
            .iter()
            .map(|i| (i.code, i.severity, i.path.as_str()))
            .collect()
    }

    #[test]
    fn gif_jpg_and_png_up_to_the_limit_pass() {
        for name in ["gif", "jpg", "jpeg", "PNG", "image/png"] {
            let (format, issues) = check_logo_image(Some(name), LOGO_MAX_WIDTH, 100, "");
            assert!(format.is_some(), "{name}");
            assert!(issues.is_empty(), "{name}: {issues:?}");
        }
    }

    #[test]
    fn other_formats_are_refused_at_the_format() {
        for name in ["bmp", "webp", "svg"] {
            let (format, issues) = check_logo_image(Some(name), 100, 50, "/logo");
            assert_eq!(format, None);
            assert_eq!(
                codes(&issues),
                vec![(Code::LogoFormatUnsupported, Severity::Error, "/logo/format")]
            );
        }
    }

    #[test]
    fn unreadable_bytes_are_refused_without_a_size() {
        let (format, issues) = check_logo_image(None, 0, 0, "");
        assert_eq!(format, None);
        assert_eq!(
            codes(&issues),
            vec![(Code::LogoUnreadable, Severity::Error, "/format")]
        );
    }

    #[test]
    fn one_pixel_too_wide_is_refused_at_the_width() {
        let (format, issues) = check_logo_image(Some("png"), LOGO_MAX_WIDTH + 1, 10, "");
        assert_eq!(format, None);
        assert_eq!(
            codes(&issues),
            vec![(Code::LogoTooWide, Severity::Error, "/width")]
        );
    }

    #[test]
    fn taller_than_wide_is_only_warned() {
        let (format, issues) = check_logo_image(Some("gif"), 100, 101, "/x");
        assert_eq!(format, Some(LogoFormat::Gif));
        assert_eq!(
            codes(&issues),
            vec![(Code::LogoTallerThanWide, Severity::Warning, "/x/height")]
        );
    }

    #[test]
    fn an_upload_needs_no_web_address() {
        let mut c = Checker { issues: Vec::new() };
        let input = LogoInput {
            url: String::new(),
            format: "png".into(),
            width: 200,
            height: 100,
            upload: Some("l1".into()),
        };
        let logo = check_logo(&mut c, &input, "/logo");
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        assert_eq!(logo.map(|l| l.image), Some(LogoImage::Upload("l1".into())));
    }
}
