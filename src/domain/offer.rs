//! The yearly paid offers (SPEC "Offers"): the Action Pack subscription and
//! Silver and Gold competencies per competency area. Each has a stable string
//! code for the database.

use serde::{Deserialize, Serialize};

/// Competency areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CompetencyArea {
    CloudPlatform,
    CloudProductivity,
    DataAnalytics,
    DataPlatform,
    Security,
    ApplicationDevelopment,
}

/// (area, database code), one row per area in declaration order.
const AREA_CODES: [(CompetencyArea, &str); 6] = [
    (CompetencyArea::CloudPlatform, "cloud-platform"),
    (CompetencyArea::CloudProductivity, "cloud-productivity"),
    (CompetencyArea::DataAnalytics, "data-analytics"),
    (CompetencyArea::DataPlatform, "data-platform"),
    (CompetencyArea::Security, "security"),
    (
        CompetencyArea::ApplicationDevelopment,
        "application-development",
    ),
];

impl CompetencyArea {
    pub const ALL: [CompetencyArea; 6] = [
        CompetencyArea::CloudPlatform,
        CompetencyArea::CloudProductivity,
        CompetencyArea::DataAnalytics,
        CompetencyArea::DataPlatform,
        CompetencyArea::Security,
        CompetencyArea::ApplicationDevelopment,
    ];

    /// Database code, e.g. `"cloud-platform"`.
    pub fn code(self) -> &'static str {
        AREA_CODES[self as usize].1
    }

    pub fn parse_code(code: &str) -> Option<CompetencyArea> {
        AREA_CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(area, _)| *area)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CompetencyLevel {
    Silver,
    Gold,
}

impl CompetencyLevel {
    pub const ALL: [CompetencyLevel; 2] = [CompetencyLevel::Silver, CompetencyLevel::Gold];

    /// Database code: `"silver"` or `"gold"`.
    pub fn code(self) -> &'static str {
        match self {
            CompetencyLevel::Silver => "silver",
            CompetencyLevel::Gold => "gold",
        }
    }

    pub fn parse_code(code: &str) -> Option<CompetencyLevel> {
        Self::ALL.into_iter().find(|level| level.code() == code)
    }
}

/// Something a member organization can buy for a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OfferKind {
    ActionPack,
    Competency {
        area: CompetencyArea,
        level: CompetencyLevel,
    },
}

const ACTION_PACK_CODE: &str = "action-pack";
const COMPETENCY_PREFIX: &str = "competency-";

impl OfferKind {
    /// Every offer: the Action Pack, then each area at Silver and Gold.
    pub fn all() -> Vec<OfferKind> {
        let mut offers = vec![OfferKind::ActionPack];
        for area in CompetencyArea::ALL {
            for level in CompetencyLevel::ALL {
                offers.push(OfferKind::Competency { area, level });
            }
        }
        offers
    }

    /// Stable database code: `"action-pack"`, `"competency-cloud-platform-silver"`.
    pub fn code(self) -> String {
        match self {
            OfferKind::ActionPack => ACTION_PACK_CODE.to_owned(),
            OfferKind::Competency { area, level } => {
                format!("{COMPETENCY_PREFIX}{}-{}", area.code(), level.code())
            }
        }
    }

    /// Inverse of [`OfferKind::code`].
    pub fn parse_code(code: &str) -> Option<OfferKind> {
        if code == ACTION_PACK_CODE {
            return Some(OfferKind::ActionPack);
        }
        let rest = code.strip_prefix(COMPETENCY_PREFIX)?;
        let (area, level) = rest.rsplit_once('-')?;
        Some(OfferKind::Competency {
            area: CompetencyArea::parse_code(area)?,
            level: CompetencyLevel::parse_code(level)?,
        })
    }

    pub fn is_competency(self) -> bool {
        matches!(self, OfferKind::Competency { .. })
    }

    /// Competencies need their requirements met (status Complete) to be
    /// bought or renewed; the Action Pack has no requirements.
    pub fn has_requirements(self) -> bool {
        self.is_competency()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_have_stable_database_codes() {
        assert_eq!(OfferKind::ActionPack.code(), "action-pack");
        let silver = OfferKind::Competency {
            area: CompetencyArea::CloudPlatform,
            level: CompetencyLevel::Silver,
        };
        assert_eq!(silver.code(), "competency-cloud-platform-silver");
        let gold = OfferKind::Competency {
            area: CompetencyArea::ApplicationDevelopment,
            level: CompetencyLevel::Gold,
        };
        assert_eq!(gold.code(), "competency-application-development-gold");
    }

    #[test]
    fn every_offer_code_parses_back_to_its_offer() {
        let offers = OfferKind::all();
        assert_eq!(offers.len(), 1 + 2 * CompetencyArea::ALL.len());
        for offer in offers {
            assert_eq!(OfferKind::parse_code(&offer.code()), Some(offer));
        }
    }

    #[test]
    fn the_area_table_is_in_declaration_order() {
        for (i, area) in CompetencyArea::ALL.into_iter().enumerate() {
            assert_eq!(AREA_CODES[i].0, area);
            assert_eq!(area as usize, i);
        }
    }

    #[test]
    fn unknown_codes_do_not_parse() {
        for code in [
            "",
            "action-pack-gold",
            "competency-",
            "competency-cloud-platform",
            "competency-cloud-platform-bronze",
            "competency-moon-gold",
            "Action-Pack",
        ] {
            assert_eq!(OfferKind::parse_code(code), None, "{code}");
        }
    }

    #[test]
    fn only_competencies_have_requirements() {
        assert!(!OfferKind::ActionPack.is_competency());
        assert!(!OfferKind::ActionPack.has_requirements());
        let c = OfferKind::Competency {
            area: CompetencyArea::Security,
            level: CompetencyLevel::Gold,
        };
        assert!(c.is_competency());
        assert!(c.has_requirements());
    }
}
