vcl 4.1;

# The caching tier in front of Stipple, as a CDN would be (docs/decisions/0015-cache-tags-and-purging.md).
# It keeps only what the app marks for it — a page naming its cache tags (`xkey`) and a lifetime for the
# tier (`Surrogate-Control`) — until the app purges one of those tags, which it does on every expiry.
# A template: __BACKEND_HOST__, __BACKEND_PORT__ and __PURGE_SECRET__ are filled in when the tier
# starts (docker-compose.yml; tests/browser/varnish.ts), since VCL cannot read the environment.

import std;
import xkey;

backend stipple {
  .host = "__BACKEND_HOST__";
  .port = "__BACKEND_PORT__";
  .connect_timeout = 2s;
  .first_byte_timeout = 60s;
  # While the app does not answer (a restart, a deploy), what the tier kept is served past its
  # lifetime, and nothing is asked of it. Sick after 4 of 5 checks failed (about 8 s): a slow answer
  # or two under load (/readyz asks the database) must not cut every visitor off from the app.
  .probe = {
    .url = "/readyz";
    .interval = 2s;
    .timeout = 5s;
    .window = 5;
    .threshold = 2;
    .initial = 2;
  }
}

sub vcl_recv {
  if (req.method == "PURGE") {
    # Only the app knows the secret (CDN_PURGE_SECRET): a visitor cannot empty the tier.
    if (req.http.purge-secret != "__PURGE_SECRET__") {
      return (synth(403, "Purge refused"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the tags to purge in the xkey-purge header"));
    }
    # A hard purge: a purged page is never served again, not even once while it is fetched anew.
    set req.http.purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.purged));
  }
  unset req.http.purge-secret;
  unset req.http.purged;

  # Never kept: what is not a plain read, the admin, the API, booking and lead endpoints, and
  # anything asked by someone signed in or previewing drafts.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api)([/?]|$)" || req.url ~ "^(/clinics/[^/?]+)?/book([/?]|$)") {
    return (pass);
  }
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=") {
    return (pass);
  }
  # The public pages are the same for every visitor (they never read cookies: docs/revalidation.md).
  unset req.http.Cookie;
  # While the app answers, nothing past its lifetime is served.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 0s;
  }
  return (hash);
}

sub vcl_backend_response {
  if (bereq.uncacheable) {
    return (deliver);
  }
  if (beresp.status == 200 && beresp.http.xkey && beresp.http.Surrogate-Control ~ "max-age=[0-9]+" && !beresp.http.Set-Cookie) {
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
    set beresp.grace = 24h;
    unset beresp.http.Surrogate-Control;
    return (deliver);
  }
  # Next's build output: named by content, never changes.
  if (bereq.url ~ "^/_next/static/" && beresp.status == 200 && !beresp.http.Set-Cookie) {
    return (deliver);
  }
  # Everything else is asked of the app every time (and may be kept the next time if it then qualifies).
  set beresp.uncacheable = true;
  set beresp.ttl = 60s;
  return (deliver);
}

sub vcl_deliver {
  # The tags are for purging here; visitors (and any cache after this one) get the app's short lifetime.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Control;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  if (obj.hits > 0) {
    set resp.http.X-Tier-Cache = "HIT";
  } else {
    set resp.http.X-Tier-Cache = "MISS";
  }
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.http.Cache-Control = "no-store";
  set resp.body = resp.reason + {"
"};
  return (deliver);
}
