//! The catalogues of SPEC §5. Matching ignores case and spacing; products
//! also answer to their common aliases ("Office 365" → "Microsoft 365").
//! A catalogue value serializes as its canonical English name.

use serde::{Deserialize, Serialize};

use crate::catalogue::Lang;

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

macro_rules! catalogue {
    ($(#[$meta:meta])* $name:ident { $( $variant:ident = $canonical:literal, fr: $fr:literal $(, aliases: [$($alias:literal),*])?; )+ }) => {
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

            /// The name shown to a person in `lang`.
            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( ($name::$variant, Lang::En) => $canonical,
                       ($name::$variant, Lang::Fr) => $fr, )+
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
        Agriculture = "Agriculture", fr: "Agriculture";
        Automotive = "Automotive", fr: "Automobile";
        Education = "Education", fr: "Éducation";
        Energy = "Energy", fr: "Énergie";
        FinancialServices = "Financial services", fr: "Services financiers";
        Government = "Government", fr: "Administration publique";
        Healthcare = "Healthcare", fr: "Santé";
        Hospitality = "Hospitality", fr: "Hôtellerie et restauration";
        Manufacturing = "Manufacturing", fr: "Industrie manufacturière";
        Media = "Media", fr: "Médias";
        Nonprofit = "Nonprofit", fr: "Associations";
        ProfessionalServices = "Professional services", fr: "Services professionnels";
        Retail = "Retail", fr: "Commerce de détail";
        Telecommunications = "Telecommunications", fr: "Télécommunications";
        Transportation = "Transportation", fr: "Transports";
    }
}

catalogue! {
    /// A Microsoft product. Only these may be product tags.
    Product {
        Azure = "Microsoft Azure", fr: "Microsoft Azure", aliases: ["Azure", "Windows Azure"];
        M365 = "Microsoft 365", fr: "Microsoft 365", aliases: ["Office 365", "O365", "M365", "Office"];
        Dynamics365 = "Dynamics 365", fr: "Dynamics 365", aliases: ["Microsoft Dynamics 365", "Dynamics", "D365"];
        PowerPlatform = "Power Platform", fr: "Power Platform", aliases: ["Microsoft Power Platform"];
        PowerBi = "Power BI", fr: "Power BI", aliases: ["Microsoft Power BI"];
        Teams = "Microsoft Teams", fr: "Microsoft Teams", aliases: ["Teams"];
        SharePoint = "SharePoint", fr: "SharePoint", aliases: ["SharePoint Online", "Microsoft SharePoint"];
        Exchange = "Exchange", fr: "Exchange", aliases: ["Exchange Online", "Exchange Server", "Microsoft Exchange"];
        Windows = "Windows", fr: "Windows", aliases: ["Microsoft Windows"];
        WindowsServer = "Windows Server", fr: "Windows Server";
        SqlServer = "SQL Server", fr: "SQL Server", aliases: ["Microsoft SQL Server", "MSSQL"];
        VisualStudio = "Visual Studio", fr: "Visual Studio";
        GitHub = "GitHub", fr: "GitHub";
        Intune = "Microsoft Intune", fr: "Microsoft Intune", aliases: ["Intune"];
        Defender = "Microsoft Defender", fr: "Microsoft Defender", aliases: ["Defender"];
    }
}

catalogue! {
    /// A kind of service a partner offers.
    ServiceType {
        Consulting = "Consulting", fr: "Conseil";
        Deployment = "Deployment", fr: "Déploiement";
        Development = "Development", fr: "Développement";
        Implementation = "Implementation", fr: "Mise en œuvre";
        Integration = "Integration", fr: "Intégration";
        Licensing = "Licensing", fr: "Licences";
        ManagedServices = "Managed services", fr: "Services managés";
        Migration = "Migration", fr: "Migration";
        Support = "Support", fr: "Support";
        Training = "Training", fr: "Formation";
    }
}

/// A customer size a business profile targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetSize {
    Small,
    Medium,
    Large,
    Enterprise,
}

impl TargetSize {
    pub const ALL: &'static [TargetSize] = &[
        TargetSize::Small,
        TargetSize::Medium,
        TargetSize::Large,
        TargetSize::Enterprise,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TargetSize::Small => "small",
            TargetSize::Medium => "medium",
            TargetSize::Large => "large",
            TargetSize::Enterprise => "enterprise",
        }
    }

    pub fn find(text: &str) -> Option<TargetSize> {
        TargetSize::ALL
            .iter()
            .copied()
            .find(|size| size.name() == text || same_key(text, size.name()))
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TargetSize::Small, Lang::En) => "Small (1–50 employees)",
            (TargetSize::Medium, Lang::En) => "Medium (51–1,000 employees)",
            (TargetSize::Large, Lang::En) => "Large (1,001–10,000 employees)",
            (TargetSize::Enterprise, Lang::En) => "Enterprise (over 10,000 employees)",
            (TargetSize::Small, Lang::Fr) => "Petite (1 à 50 employés)",
            (TargetSize::Medium, Lang::Fr) => "Moyenne (51 à 1 000 employés)",
            (TargetSize::Large, Lang::Fr) => "Grande (1 001 à 10 000 employés)",
            (TargetSize::Enterprise, Lang::Fr) => "Très grande (plus de 10 000 employés)",
        }
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

    #[test]
    fn every_entry_has_labels_in_every_language() {
        for lang in Lang::ALL {
            assert!(Industry::ALL.iter().all(|i| !i.label(lang).is_empty()));
            assert!(ServiceType::ALL.iter().all(|s| !s.label(lang).is_empty()));
            assert!(TargetSize::ALL.iter().all(|s| !s.label(lang).is_empty()));
        }
    }
}
