//! The client's address: the socket's peer, or behind a trusted proxy
//! the address that proxy names in the one header it sets; and the key a
//! client is counted by.

use std::net::IpAddr;

use axum::http::{header, HeaderMap};
use ipnet::IpNet;

/// The header a trusted proxy names the client in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ForwardedHeader {
    #[default]
    XForwardedFor,
    Forwarded,
}

/// An address (`10.0.0.7`, `::1`) or a CIDR block (`10.0.0.0/8`).
pub fn parse_proxy(text: &str) -> anyhow::Result<IpNet> {
    let text = text.trim();
    if let Ok(net) = text.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    text.parse::<IpAddr>().map(IpNet::from).map_err(|_| {
        anyhow::anyhow!(
            "--trusted-proxy (TRANSITION_TRUSTED_PROXIES): {text:?} is neither an IP address \
             nor a CIDR block (10.0.0.0/8, fd00::/8)"
        )
    })
}

/// The client's address: the socket's peer; or, when that peer is a
/// trusted proxy, the rightmost address of the `header` it sets that is
/// not a trusted proxy itself (each proxy appends the address it heard
/// from, so what a client wrote itself sits to the left and is passed
/// over). An entry that does not read (`unknown`, garbage) stops the walk:
/// the peer then stands for the client. Every entry a trusted proxy: the
/// leftmost.
pub fn client_ip(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted: &[IpNet],
    header: ForwardedHeader,
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = peer.to_canonical();
    if !is_trusted(&peer) {
        return peer;
    }
    let hops = match header {
        ForwardedHeader::XForwardedFor => x_forwarded_for(headers),
        ForwardedHeader::Forwarded => forwarded_for(headers),
    };
    for hop in hops.iter().rev() {
        match hop.map(|ip| ip.to_canonical()) {
            Some(ip) if is_trusted(&ip) => continue,
            Some(ip) => return ip,
            None => return peer,
        }
    }
    hops.first()
        .copied()
        .flatten()
        .map_or(peer, |ip| ip.to_canonical())
}

/// Every `for=` of every `Forwarded` header (RFC 7239), in order; `None`
/// for one that is not an address.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let mut hops = Vec::new();
    for value in headers.get_all(header::FORWARDED) {
        let Ok(text) = value.to_str() else {
            hops.push(None);
            continue;
        };
        for element in text.split(',') {
            hops.push(element.split(';').find_map(|pair| {
                let (name, value) = pair.trim().split_once('=')?;
                if !name.trim().eq_ignore_ascii_case("for") {
                    return None;
                }
                let node = value.trim().trim_matches('"');
                // `[2001:db8::1]:443`, `192.0.2.1:80`, `192.0.2.1`.
                let host = match node.strip_prefix('[') {
                    Some(rest) => rest.split(']').next().unwrap_or_default(),
                    None => node.split(':').next().unwrap_or_default(),
                };
                host.parse().ok()
            }));
        }
    }
    hops
}

/// Every address of every `X-Forwarded-For` header, in order; `None` for
/// one that is not an address.
fn x_forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let mut hops = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        match value.to_str() {
            Ok(text) => hops.extend(text.split(',').map(|hop| hop.trim().parse().ok())),
            Err(_) => hops.push(None),
        }
    }
    hops
}

/// An IPv6 client is counted by its /64 (one host usually holds a whole
/// /64); an IPv4 one by its address.
pub fn ip_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & (u128::MAX << 64);
            IpAddr::V6(bits.into())
        }
    }
}
