//! Reading profiles back in a fixed number of queries, however many
//! profiles and locations they have: the profile rows, then all their
//! solutions, all their locations and all those locations' solutions,
//! one query each, put together here in their stored order. Each profile
//! is checked through the domain again: stored data that no longer makes
//! a valid profile is a `corrupt` error, not a profile.

use std::collections::HashMap;

use transition_domain::input::{AddressInput, LogoInput, SolutionKind};
use transition_domain::model::{LocationDraft, ProfileDraft, SolutionDraft};
use transition_domain::{BusinessProfile, PartnerId, SolutionId};

use super::{Conn, DbRow};
use crate::store::{corrupt, from_json, StoreError, StoredProfile};

/// Which profiles to read: every one of a partner, or one of them.
pub(super) enum Scope<'a> {
    Partner(&'a PartnerId),
    Profile(&'a PartnerId, &'a str),
}

impl Scope<'_> {
    /// The rows of `select` (a query over `business_profiles p`, joined
    /// or alone) for the profiles picked, ordered by `order`.
    async fn fetch<T>(
        &self,
        conn: &mut Conn,
        select: &str,
        order: &str,
    ) -> Result<Vec<T>, sqlx::Error>
    where
        T: for<'r> sqlx::FromRow<'r, DbRow> + Send + Unpin,
    {
        let filter = match self {
            Scope::Partner(_) => "p.partner_id = $1",
            Scope::Profile(..) => "p.partner_id = $1 AND p.id = $2",
        };
        let sql = format!("{select} WHERE {filter} ORDER BY {order}");
        let query = sqlx::query_as::<<DbRow as sqlx::Row>::Database, T>(&sql);
        let query = match self {
            Scope::Partner(partner_id) => query.bind(partner_id.as_str()),
            Scope::Profile(partner_id, id) => query.bind(partner_id.as_str()).bind(*id),
        };
        query.fetch_all(conn).await
    }

    /// [`Scope::fetch`]'s rows grouped by what they belong to (the first
    /// of `split`'s pair), each group in the rows' order.
    async fn grouped<R, T>(
        &self,
        conn: &mut Conn,
        select: &str,
        order: &str,
        split: impl Fn(R) -> Result<(String, T), StoreError>,
    ) -> Result<HashMap<String, Vec<T>>, StoreError>
    where
        R: for<'r> sqlx::FromRow<'r, DbRow> + Send + Unpin,
    {
        let mut groups: HashMap<String, Vec<T>> = HashMap::new();
        for row in self.fetch(conn, select, order).await? {
            let (owner, item) = split(row)?;
            groups.entry(owner).or_default().push(item);
        }
        Ok(groups)
    }
}

/// A row of `business_profiles`, as read.
#[derive(sqlx::FromRow)]
struct ProfileRow {
    id: String,
    source_id: Option<String>,
    region: String,
    name: String,
    description: String,
    website: String,
    linkedin: Option<String>,
    logo_json: Option<String>,
    industries_json: String,
    products_json: String,
    service_types_json: String,
    tags_json: String,
    target_sizes_json: String,
    allow_endorsements: bool,
    version: i64,
}

/// The profile's own fields; its solutions and locations are read apart.
impl TryFrom<ProfileRow> for ProfileDraft {
    type Error = StoreError;

    fn try_from(row: ProfileRow) -> Result<ProfileDraft, StoreError> {
        let logo: Option<LogoInput> = row.logo_json.as_deref().map(from_json).transpose()?;
        Ok(ProfileDraft {
            id: row.id.into(),
            source_id: row.source_id.map(Into::into),
            region: row.region,
            name: row.name,
            description: row.description,
            website: row.website,
            linkedin: row.linkedin,
            logo,
            industries: from_json(&row.industries_json)?,
            products: from_json(&row.products_json)?,
            service_types: from_json(&row.service_types_json)?,
            tags: from_json(&row.tags_json)?,
            target_sizes: from_json(&row.target_sizes_json)?,
            allow_endorsements: row.allow_endorsements,
            locations: Vec::new(),
            solutions: Vec::new(),
        })
    }
}

/// A row of `solutions`.
#[derive(sqlx::FromRow)]
struct SolutionRow {
    profile_id: String,
    id: String,
    source_id: Option<String>,
    kind: String,
    name: String,
    summary: String,
    description: String,
    url: Option<String>,
    products_json: String,
    industries_json: String,
}

impl SolutionRow {
    /// The profile it belongs to, and the solution.
    fn split(self) -> Result<(String, SolutionDraft), StoreError> {
        let kind = SolutionKind::parse(&self.kind)
            .ok_or_else(|| corrupt(format!("solution kind {:?}", self.kind)))?;
        let solution = SolutionDraft {
            id: self.id.into(),
            source_id: self.source_id,
            kind,
            name: self.name,
            summary: self.summary,
            description: self.description,
            url: self.url,
            products: from_json(&self.products_json)?,
            industries: from_json(&self.industries_json)?,
        };
        Ok((self.profile_id, solution))
    }
}

/// A row of `locations`.
#[derive(sqlx::FromRow)]
struct LocationRow {
    profile_id: String,
    id: String,
    name: String,
    phone: Option<String>,
    email: Option<String>,
    line1: String,
    line2: Option<String>,
    city: String,
    postal_code: String,
    country: String,
}

impl LocationRow {
    /// The profile it belongs to, and the location (its solutions are
    /// read apart).
    fn split(self) -> Result<(String, LocationDraft), StoreError> {
        let location = LocationDraft {
            id: self.id.into(),
            name: self.name,
            phone: self.phone,
            email: self.email,
            address: AddressInput {
                line1: self.line1,
                line2: self.line2,
                city: self.city,
                postal_code: self.postal_code,
                country: self.country,
            },
            solution_ids: Vec::new(),
        };
        Ok((self.profile_id, location))
    }
}

/// A row of `location_solutions`: a solution a location offers.
#[derive(sqlx::FromRow)]
struct OfferRow {
    location_id: String,
    solution_id: String,
}

/// The profiles `scope` picks, by region, each with its children, in
/// four queries at most (one when there is none).
pub(super) async fn profiles(
    conn: &mut Conn,
    scope: &Scope<'_>,
) -> Result<Vec<StoredProfile>, StoreError> {
    let rows: Vec<ProfileRow> = scope
        .fetch(
            conn,
            "SELECT p.id, p.source_id, p.region, p.name, p.description, p.website, p.linkedin,
                p.logo_json, p.industries_json, p.products_json, p.service_types_json,
                p.tags_json, p.target_sizes_json, p.allow_endorsements, p.version
             FROM business_profiles p",
            "p.region",
        )
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut solutions = scope
        .grouped(
            conn,
            "SELECT s.profile_id, s.id, s.source_id, s.kind, s.name, s.summary, s.description,
                s.url, s.products_json, s.industries_json
             FROM solutions s JOIN business_profiles p ON p.id = s.profile_id",
            "s.profile_id, s.position",
            SolutionRow::split,
        )
        .await?;
    let mut locations = scope
        .grouped(
            conn,
            "SELECT l.profile_id, l.id, l.name, l.phone, l.email, l.line1, l.line2, l.city,
                l.postal_code, l.country
             FROM locations l JOIN business_profiles p ON p.id = l.profile_id",
            "l.profile_id, l.position",
            LocationRow::split,
        )
        .await?;
    let mut offers = scope
        .grouped(
            conn,
            "SELECT ls.location_id, ls.solution_id
             FROM location_solutions ls JOIN locations l ON l.id = ls.location_id
                JOIN business_profiles p ON p.id = l.profile_id",
            "ls.location_id, ls.position",
            |row: OfferRow| Ok((row.location_id, SolutionId::from(row.solution_id))),
        )
        .await?;
    rows.into_iter()
        .map(|row| {
            let (id, version) = (row.id.clone(), row.version);
            let mut draft = ProfileDraft::try_from(row)?;
            draft.solutions = solutions.remove(&id).unwrap_or_default();
            draft.locations = locations.remove(&id).unwrap_or_default();
            for location in &mut draft.locations {
                location.solution_ids = offers.remove(location.id.as_str()).unwrap_or_default();
            }
            let profile = BusinessProfile::try_from(draft)
                .map_err(|why| corrupt(format!("profile {id}: {why}")))?;
            Ok(StoredProfile { profile, version })
        })
        .collect()
}
