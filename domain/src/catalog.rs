//! The catalogues of SPEC §5. Matching ignores case and spacing; products
//! also answer to their common aliases ("Office 365" → "Microsoft 365").
//! A catalogue value serializes as its canonical English name.

use serde::{Deserialize, Serialize};

use crate::messages::Messages;

/// The characters two spellings are compared by: spacing left out, case
/// folded. Compared lazily, so that a lookup allocates nothing and stops at
/// the first character that differs (the planner looks up every product
/// and industry of every app and service profile).
fn key_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
}

/// True when `a` and `b` differ only in case and spacing.
fn same_key(a: &str, b: &str) -> bool {
    key_chars(a).eq(key_chars(b))
}

/// A letter without its accent (`é` → `e`, `ł` → `l`): the Latin letters
/// of Partner Center's languages; every other character stays itself.
fn unaccented(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        other => other,
    }
}

/// The characters a search compares: those of [`key_chars`] (spacing left
/// out, case folded), accents dropped.
fn search_chars(text: &str) -> Vec<char> {
    key_chars(text).map(unaccented).collect()
}

/// True when `query` occurs in `text`, ignoring case, spacing and accents
/// (“educ” in “Éducation”, “powerbi” in “Power BI”): how a list of a
/// catalogue's entries filters as the partner types. An empty query
/// occurs everywhere.
pub fn search_matches(text: &str, query: &str) -> bool {
    let query = search_chars(query);
    if query.is_empty() {
        return true;
    }
    search_chars(text)
        .windows(query.len())
        .any(|window| window == query.as_slice())
}

macro_rules! catalogue {
    ($(#[$meta:meta])* $name:ident { $( $variant:ident = $canonical:literal $(, message: $message:literal)? $(, aliases: [$($alias:literal),*])?; )+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "&'static str")]
        pub enum $name { $( $variant, )+ }

        impl $name {
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The canonical (stored, serialized) name.
            pub fn name(self) -> &'static str {
                match self { $( $name::$variant => $canonical, )+ }
            }

            /// The name shown to a person in `messages`' language: its
            /// message in the locale files, or its own name for what has
            /// one in every language (Microsoft's products).
            pub fn label(self, messages: &Messages) -> String {
                match self.message_id() {
                    Some(id) => messages.format(id, &[]),
                    None => self.name().to_owned(),
                }
            }

            /// The id of its name's message in the locale files, if it has one.
            pub fn message_id(self) -> Option<&'static str> {
                match self {
                    $( $name::$variant => [$($message)?].first().copied(), )+
                }
            }

            /// Each entry with its canonical name and its aliases.
            const NAMES: &'static [($name, &'static str, &'static [&'static str])] = &[
                $( ($name::$variant, $canonical, &[$($($alias),*)?]), )+
            ];

            /// Finds the entry `text` names, ignoring case and spacing (a
            /// search of a table: in the browser, one loop weighs less than
            /// a test written out per entry).
            pub fn find(text: &str) -> Option<$name> {
                // Most values are spelled as the catalogue spells them.
                let exact = Self::NAMES
                    .iter()
                    .find(|(_, canonical, aliases)| *canonical == text || aliases.contains(&text));
                if let Some(entry) = exact {
                    return Some(entry.0);
                }
                Self::NAMES
                    .iter()
                    .find(|(_, canonical, aliases)| {
                        same_key(text, canonical) || aliases.iter().any(|a| same_key(text, a))
                    })
                    .map(|entry| entry.0)
            }
        }

        impl $name {
            /// True when the partner's search `query` occurs, as
            /// [`search_matches`] compares, in this entry's name in
            /// `messages`' language, its canonical name or an alias.
            pub fn matches(self, query: &str, messages: &Messages) -> bool {
                search_matches(&self.label(messages), query)
                    || Self::NAMES.iter().any(|(entry, canonical, aliases)| {
                        *entry == self
                            && (search_matches(canonical, query)
                                || aliases.iter().any(|a| search_matches(a, query)))
                    })
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(text: String) -> Result<Self, String> {
                $name::find(&text).ok_or_else(|| format!("unknown {}: {text}", stringify!($name)))
            }
        }

        impl From<$name> for &'static str {
            fn from(value: $name) -> &'static str {
                value.name()
            }
        }
    };
}

catalogue! {
    /// An industry a business profile serves.
    Industry {
        Agriculture = "Agriculture", message: "industry-agriculture";
        Automotive = "Automotive", message: "industry-automotive";
        Education = "Education", message: "industry-education";
        Energy = "Energy", message: "industry-energy";
        FinancialServices = "Financial services", message: "industry-financial_services";
        Government = "Government", message: "industry-government";
        Healthcare = "Healthcare", message: "industry-healthcare";
        Hospitality = "Hospitality", message: "industry-hospitality";
        Manufacturing = "Manufacturing", message: "industry-manufacturing";
        Media = "Media", message: "industry-media";
        Nonprofit = "Nonprofit", message: "industry-nonprofit";
        ProfessionalServices = "Professional services", message: "industry-professional_services";
        Retail = "Retail", message: "industry-retail";
        Telecommunications = "Telecommunications", message: "industry-telecommunications";
        Transportation = "Transportation", message: "industry-transportation";
    }
}

catalogue! {
    /// A Microsoft product. Only these may be product tags.
    Product {
        Azure = "Microsoft Azure", aliases: ["Azure", "Windows Azure"];
        M365 = "Microsoft 365", aliases: ["Office 365", "O365", "M365", "Office"];
        Dynamics365 = "Dynamics 365", aliases: ["Microsoft Dynamics 365", "Dynamics", "D365"];
        PowerPlatform = "Power Platform", aliases: ["Microsoft Power Platform"];
        PowerBi = "Power BI", aliases: ["Microsoft Power BI"];
        Teams = "Microsoft Teams", aliases: ["Teams"];
        SharePoint = "SharePoint", aliases: ["SharePoint Online", "Microsoft SharePoint"];
        Exchange = "Exchange", aliases: ["Exchange Online", "Exchange Server", "Microsoft Exchange"];
        Windows = "Windows", aliases: ["Microsoft Windows"];
        WindowsServer = "Windows Server";
        SqlServer = "SQL Server", aliases: ["Microsoft SQL Server", "MSSQL"];
        VisualStudio = "Visual Studio";
        GitHub = "GitHub";
        Intune = "Microsoft Intune", aliases: ["Intune"];
        Defender = "Microsoft Defender", aliases: ["Defender"];
    }
}

catalogue! {
    /// A kind of service a partner offers.
    ServiceType {
        Consulting = "Consulting", message: "service-consulting";
        Deployment = "Deployment", message: "service-deployment";
        Development = "Development", message: "service-development";
        Implementation = "Implementation", message: "service-implementation";
        Integration = "Integration", message: "service-integration";
        Licensing = "Licensing", message: "service-licensing";
        ManagedServices = "Managed services", message: "service-managed_services";
        Migration = "Migration", message: "service-migration";
        Support = "Support", message: "service-support";
        Training = "Training", message: "service-training";
    }
}

catalogue! {
    /// A customer size a business profile targets.
    TargetSize {
        Small = "small", message: "size-small";
        Medium = "medium", message: "size-medium";
        Large = "large", message: "size-large";
        Enterprise = "enterprise", message: "size-enterprise";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_map_to_the_catalogue_name() {
        for (alias, name) in [
            ("Azure", "Microsoft Azure"),
            ("office365", "Microsoft 365"),
            ("Office 365", "Microsoft 365"),
            ("O365", "Microsoft 365"),
            ("  TEAMS ", "Microsoft Teams"),
            ("Exchange Online", "Exchange"),
            ("intune", "Microsoft Intune"),
            ("Power  BI", "Power BI"),
        ] {
            assert_eq!(
                Product::find(alias).map(Product::name),
                Some(name),
                "{alias}"
            );
        }
        for other in ["Salesforce CRM", "AWS", "", "Azur"] {
            assert_eq!(Product::find(other), None, "{other}");
        }
    }

    #[test]
    fn a_search_ignores_case_spacing_and_accents() {
        assert!(search_matches("Éducation", "educ"));
        assert!(search_matches("Services financiers", "FINANCIERS"));
        assert!(search_matches("Power BI", "powerbi"));
        assert!(search_matches("Gesundheitswesen", "wesen"));
        assert!(search_matches("Télécommunications", "telecom"));
        assert!(search_matches("Anything", ""));
        assert!(search_matches("Anything", "  "));
        assert!(!search_matches("Retail", "retails"));
        assert!(!search_matches("Energy", "énergie"));
        assert!(!search_matches("", "a"));
    }

    #[test]
    fn an_entry_matches_by_its_label_name_or_alias() {
        use crate::messages::{Formats, Messages};
        let english = Messages::lenient(crate::Lang::En, String::new(), Formats::PLAIN);
        let french = Messages::lenient(
            crate::Lang::Fr,
            "industry-education = Éducation\n".to_owned(),
            Formats::PLAIN,
        );
        assert!(Industry::Education.matches("EDU", &french));
        assert!(Industry::Education.matches("éduc", &french));
        assert!(!Industry::Retail.matches("educ", &french));
        assert!(Product::M365.matches("office", &english));
        assert!(Product::M365.matches("o365", &english));
        assert!(Product::PowerBi.matches("power bi", &english));
        assert!(!Product::Azure.matches("teams", &english));
    }

    #[test]
    fn catalogue_sizes_match_the_spec() {
        assert_eq!(Industry::ALL.len(), 15);
        assert_eq!(Product::ALL.len(), 15);
        assert_eq!(ServiceType::ALL.len(), 10);
        assert_eq!(TargetSize::ALL.len(), 4);
        assert_eq!(
            Industry::find("financial SERVICES"),
            Some(Industry::FinancialServices)
        );
        assert_eq!(
            ServiceType::find("managedservices"),
            Some(ServiceType::ManagedServices)
        );
        assert_eq!(TargetSize::find("Enterprise"), Some(TargetSize::Enterprise));
    }

    #[cfg(feature = "locales")]
    #[test]
    fn every_entry_has_its_own_label_in_every_language() {
        use crate::{locales::messages, Lang};
        for lang in Lang::ALL {
            let m = messages(lang);
            let labels: Vec<String> = Industry::ALL
                .iter()
                .map(|i| i.label(m))
                .chain(ServiceType::ALL.iter().map(|s| s.label(m)))
                .chain(TargetSize::ALL.iter().map(|s| s.label(m)))
                .collect();
            for label in &labels {
                assert!(!label.trim().is_empty(), "{lang}: an empty label");
                assert!(
                    !label.starts_with("industry-")
                        && !label.starts_with("service-")
                        && !label.starts_with("size-"),
                    "{lang}: {label}"
                );
            }
            assert_eq!(Product::Azure.label(m), "Microsoft Azure");
        }
    }
}
