#!/usr/bin/env python3
"""Seventh unseen ticket set (session 11, helper fresh7): writes tickets-fresh7.jsonl (N001..N150), split "fresh7".

Purpose: ONE honest measurement of the engine on tickets nobody tuned on (issue 15: "We will also run triage on
realistic tickets you have not seen; aim for the same figures there"). The sixth set (tickets-fresh6.jsonl) is about
to be tuned on, so this set is new. Run `python3 make_fresh7.py`: it checks every label against the rules below,
writes tickets-fresh7.jsonl next to itself (UTF-8, "\\n" newlines) and prints the labels' distribution (no engine
involved). Written and labelled from the manual (§2.1, §2.2, §2.3, §4, quick reference) and default-policy D11-D17
only, and committed on its own BEFORE any engine ran on these tickets. The situations and wording are my own.

What the writer read: /work/wt/HELPERS.md; issue 15 (`issues show 15`); the module docstring of make_fresh6.py
(`sed -n 1,75p`, then lines 76-89 to reach the docstring's closing quotes: the end of its "readings of my own", its
structured-signals/channels note and the sixth set's distribution; later a `grep -n` for four docstring headings,
lines 32-79); the first line of tickets-fresh6.jsonl (M001, for the JSON line format); FreshTickets6Tests.cs,
TriageCorpus.cs, TriageCorpusDumpTests.cs, the test .csproj's Corpus lines; TicketSignals.cs (it lives in
src/TaiSupport.Core/Tickets/) and the head of TriageRequestJson.cs (lines 1-80, for the signal JSON names); a
`grep -o 'lastApiCallAt[^,}]*'` on TriageRequestJsonTests.cs (three short fragments, to see the time-stamp format);
`grep -n split tools/triage-diff.py` (five code lines); the manual's heading list, §2.1-§2.3, §4.1-§4.4 and the quick
reference (to its "FINAL NOTES" first lines); default-policy lines 50-80 (D11-D17). `ls` of tests/.../Triage and of
its Corpus folder and a `grep -rln fresh6` over tests/, tools/ and docs/ showed file names only. A
`grep -c '"id": *"N'` on every corpus file printed only counts, all 0 (no id clash).
Not read: tickets.jsonl, tickets-fresh*.jsonl beyond that one line, make_corpus.py, make_fresh.py .. make_fresh5.py,
the rest of make_fresh6.py, DefaultKeywords.cs, TextSignalExtractor.cs, KeywordIndex.cs, TicketTriage.cs,
ChurnDetector.cs, any "Wording" test, docs/triage-and-escalation.md, CHANGELOG.md.
Disclosure: make_fresh6.py's docstring itself describes three tickets of the fifth set (its writer's accidental
sight: a rule editor whose Save does nothing on rules with ~40+ conditions; an HTTP 500 from POST /v1/simulations
above ~20,000 rows; simulations above 1M rows stuck "Running" with an agent's urgent mark). I saw those lines; none of
those situations is reused here (two drafts that came close - a 504 on large simulation runs, a Save button doing
nothing - were replaced before labelling ended). Nothing else was seen by accident. No engine (tai, triage, the tests,
the dump) ran on these tickets before the labels were committed.

Labelling rules: exactly those of make_fresh6.py (which copied make_fresh5.py's, which copied make_fresh4.py's), copied
below verbatim, so the sets compare.
- priority: quick reference "Severity Decision" + D11. Critical = TAI down for the customer (however politely said)
  or the customer is losing money (a business loss, not a TAI invoice error); data loss/corruption of stored data is
  Critical (D16 P1, §4.4 URGENT); a structured platformImpactPct > 20 is Critical (§4.4 URGENT, D11). High = a
  feature broken without workaround; also the floor for legal/security issues (§4.1 Tier 4) and for a customer
  threatening to leave (§4.2/§4.3). Medium = broken with a workaround (retries, manual steps, an older SDK, smaller
  batches, reload, another browser) or degraded performance that still works. Low = cosmetic, docs, how-to,
  questions, hypotheticals, past incidents now over, billing paperwork and billing disputes, feature requests
  (§2.2.1 default LOW). Shouting ("URGENT!!!", capitals) does not raise a cosmetic ticket or a feature request
  (§2.2.1); only an agent's urgent mark (the structured `urgent` signal) counts as urgent.
- category (§2.2.2): Billing = invoices, payments, plans (also "does my plan include X?"), seats, prices, contracts,
  refunds, service credits, account closure; Platform = TAI down/slow as a whole (web app and/or API), stored-data
  loss/corruption, security holes in the platform (access control, leaked secrets, sessions); Integration = API
  usage, API errors and API how-to, SDKs, webhooks, SSO/SCIM, third-party connectors; Feature = a product feature or
  report misbehaving (rule editor, simulations, approvals, exports, notifications, a rule evaluating wrongly), UI
  cosmetics, feature requests; Other = how-to about the web app, docs, thanks, legal letters, RCAs and incident
  questions, compliance paperwork.
- route (§2.1, D12, first match): an error code returned BY THE TAI API (any spelling: "HTTP/1.1 401",
  "error 401", "5xx", "four-oh-three", statusCode=429, "could not parse request body") -> AutoResolve for 401/429/
  malformed JSON, else EngineeringEscalation (an API answering with errors but no code, e.g. GraphQL "errors", counts
  as an API error; a timeout with no answer does not; a 200 OK is not an error); an error page in the web app, a
  code from the customer's own systems, or a code in a past, already fixed incident is not a TAI API error. Then
  billing/account -> Finance; a feature request or enhancement as the main ask -> FeatureRequestLog; Critical or
  churn risk (threat to leave, CSAT < 5, 14+ days without API calls, 3+ tickets on the same issue, an agent's urgent
  mark) -> ChurnEscalation; else StandardSupport.
- pages (sorted; what a correct triage sends): Critical -> oncall, status, vp (§4.2 critical); route ChurnEscalation
  -> vp (§2.1 Tier 4); threat to leave -> vp (§4.2 churn, §4.3 trigger 2); Enterprise contract change or price
  negotiation -> vp (§4.2 Enterprise); legal or security issue -> legal (General Counsel + CISO, §4.2 legal);
  security vulnerability or data loss -> also oncall (§4.4 URGENT). CSAT < 5, inactivity and repeat tickets only
  alert (no page) when another route wins; financial impact > $10K alerts Finance + CSM (no page); Enterprise
  otherwise gets its CSM (no page). Compliance paperwork (SOC 2 report, questionnaires) and questions about
  security are not a legal/security issue; a regulator's inquiry, litigation, a liability claim, a DPA objection or
  a possible personal-data breach is.
Readings where the rules above are silent (make_fresh5.py's via make_fresh6.py, copied, applied the same way): a
feature request is category Feature whatever it is about (SSO, SDK, webhooks); a customer asking to cancel the
account or saying it is moving to another vendor is a threat to leave; an agent's urgent mark routes (Tier 4) but
does not by itself raise the priority; a rule or report giving a wrong result is Feature, an API call misbehaving in
form (empty body, paging, headers) is Integration; a TAI API error code on an edge case the customer calls "not
blocking" is Medium; a potential bug the customer cannot tell is theirs or ours (a rule not matching, a report and
an export disagreeing; §4.4 MEDIUM) is Medium.
Readings of make_fresh6.py's writer (copied): the API (or the whole web app) being slow but working is Platform/Medium;
a performance problem confined to one screen is that feature's (Feature/Medium); a security hole is Platform and
High (legal + oncall pages), not Critical, unless stored data was lost; a customer's question about a hypothetical
outage or data loss ("what if ...") carries neither the outage nor the loss; closing a secondary sub-account while
staying a customer is account paperwork, not a threat to leave; a 401/429 the customer hits through its own setup
(a rotated or expired key, a burst) is Low when asked as a how-to and Medium when it breaks a flow that retries or
re-runs work around.
Readings of my own (the same throughout, none contradicting the above): an API error other than 401/429/malformed JSON
(400 with an unknown field, 403, 404, 409, 422, 500, 502, 503, 504, "5xx", GraphQL "errors") goes to engineering,
also when it comes with an outage (Critical) or as a plain question (Low); a code the customer's own endpoint or ERP
returns (a webhook delivery answered 500 by the customer, an ERP's "Error 404") is not a TAI API error; TAI not
evaluating any rule at all is TAI down (Platform); a webhook or rule failure that makes the customer lose money is
Critical in its own category (Integration, Feature); an import that silently drops rows never stored them (a broken
feature, not stored-data loss); a report total off by an amount is not the customer losing money; access kept after
SSO/SCIM deprovisioning is a security hole (Platform); a broken docs link in the web app is docs (Other); "we are NOT
planning to leave" is no threat; a company closing its account because it is dissolved is still a cancellation (the
reading above); an Enterprise customer asking to match a competitor's price while saying it will stay is a price
negotiation, not a threat to leave.
Structured signals (the helpdesk's own metadata) are given only where a real helpdesk would know them (CSAT, last API
call, tickets on the same issue, an agent's urgent mark, financial impact, platform impact from the incident tracker,
production down from an incident or from an agent's correction, an API error code from the customer's monitoring);
"now" for the set is 2026-03-02T17:00Z, as for the earlier sets. Channels: email, web (form), chat (in-app), slack
(shared channel, §1.3), phone (agent's note).
Distribution of the labels: route StandardSupport 51, ChurnEscalation 26, Finance 25, EngineeringEscalation 17,
FeatureRequestLog 16, AutoResolve 15; priority Low 65, Medium 39, High 29, Critical 17; category Integration 47,
Feature 42, Billing 25, Platform 20, Other 16; tier Professional 59, Enterprise 49, Starter 42; channel email 67,
web 27, chat 22, slack 21, phone 13; pages none 107, vp 19, oncall+status+vp 17, legal+oncall 4, legal 3 (page kinds:
vp 36, oncall 21, status 17, legal 7); 16 tickets carry structured signals. The tickets are written grouped by
situation and shuffled with a fixed seed before the ids are given.
"""
import json
import random
import re
from collections import Counter
from pathlib import Path

TIERS = {"S": "Starter", "P": "Professional", "E": "Enterprise"}
ROUTES = {"AR": "AutoResolve", "EE": "EngineeringEscalation", "FI": "Finance", "FR": "FeatureRequestLog",
          "CE": "ChurnEscalation", "SS": "StandardSupport"}
CHANNELS = {"email", "web", "chat", "slack", "phone"}
NOW = "2026-03-02T17:00Z"
NOW_DAY = (2026, 3, 2)

TICKETS = []

# flags: the facts the label rests on (checked against the labels in check()):
#   A = error code returned by the TAI API in the auto-resolve list (401, 429, malformed JSON)
#   E = any other error returned by the TAI API
#   B = billing / account ask          F = feature request or enhancement as the main ask
#   C = Critical fact (TAI down for the customer, customer losing money, stored data lost, platform impact > 20 %)
#   D = stored data lost or corrupted  S = security hole in the platform   L = legal issue
#   T = threat to leave (cancel the account, moving to another vendor)
#   N = Enterprise contract change or price negotiation
# Other churn risks (CSAT < 5, no API call for 14+ days, 3+ tickets on the same issue, an agent's urgent mark) come
# only from structured signals and are read from them.
def t(tier, channel, flags, priority, category, route, pages, subject, body, reason, signals=None):
    TICKETS.append(dict(tier=tier, channel=channel, flags=flags, priority=priority, category=category, route=route,
                        pages=sorted(pages.split()), subject=subject, body=body, reason=reason, signals=signals))


def days_before_now(stamp):
    y, m, d = (int(x) for x in stamp[:10].split("-"))
    import datetime
    return (datetime.date(*NOW_DAY) - datetime.date(y, m, d)).days


def check(x):
    f, s = x["flags"], x["signals"] or {}
    where = f'{x["subject"]!r}'
    assert set(f) <= set("AEBFCDSLTN"), where
    assert x["tier"] in TIERS and x["channel"] in CHANNELS and x["route"] in ROUTES, where
    assert x["priority"] in ("Critical", "High", "Medium", "Low"), where
    assert x["category"] in ("Platform", "Feature", "Integration", "Billing", "Other"), where
    structured_critical = (s.get("platformImpactPct", 0) > 20 or s.get("productionDown") is True
                           or s.get("losingMoney") is True or s.get("dataLoss") is True)
    if structured_critical:
        assert "C" in f, where
    if "D" in f:
        assert "C" in f and x["category"] == "Platform", where
    crit = "C" in f
    churn_signal = (s.get("csat", 10) < 5 or s.get("sameIssueTickets", 0) >= 3 or s.get("urgent") is True
                    or ("lastApiCallAt" in s and days_before_now(s["lastApiCallAt"]) >= 14))
    leave = "T" in f
    # priority (quick reference + D11; floors for legal/security and threats to leave)
    assert (x["priority"] == "Critical") == crit, where
    if not crit and (leave or "L" in f or "S" in f):
        assert x["priority"] == "High", where
    if not crit and not leave and ("F" in f or "B" in f) and not ("L" in f or "S" in f):
        assert x["priority"] == "Low", where
    # category (§2.2.2)
    if "S" in f:
        assert x["category"] == "Platform", where
    if "F" in f:
        assert x["category"] == "Feature", where
    if "B" in f:
        assert x["category"] == "Billing", where
    if "A" in f or "E" in f:
        assert x["category"] in ("Integration", "Platform"), where
    # route (§2.1, D12: first match)
    assert not ("A" in f and "E" in f), where
    if "A" in f:
        want = "AR"
    elif "E" in f:
        want = "EE"
    elif "B" in f:
        want = "FI"
    elif "F" in f:
        want = "FR"
    elif crit or leave or churn_signal:
        want = "CE"
    else:
        want = "SS"
    assert x["route"] == want, (where, want)
    # pages (§4.2, §4.4, D13)
    pages = set()
    if crit:
        pages |= {"oncall", "status", "vp"}
    if want == "CE" or leave:
        pages.add("vp")
    if "N" in f:
        assert x["tier"] == "E", where
        pages.add("vp")
    if "L" in f or "S" in f:
        pages.add("legal")
    if "S" in f or "D" in f:
        pages.add("oncall")
    assert x["pages"] == sorted(pages), (where, sorted(pages))
    # every reason cites the manual and a default-policy entry
    assert "§" in x["reason"] and re.search(r"\bD1[1-7]\b", x["reason"]), where
    assert x["subject"].strip() and x["body"].strip(), where


# ---- AutoResolve: 401 / 429 / malformed JSON returned by the TAI API ----
t("P", "slack", "A", "Low", "Integration", "AR", "",
  "401s after key rotation",
  "hey all, we rotated our TAI keys this morning and now every call from the reporting job gets 401. guess the old one got revoked? whats the right way to generate a new one for a service account",
  "401 after the customer's own key rotation, asked as a how-to -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("P", "email", "A", "Medium", "Integration", "AR", "",
  "Too Many Requests in night batch",
  "Dear TAI team,\n\nsince yesterday all our request to /v2/rules are coming back with HTTP 429 Too Many Requests during the night batch. We make around 40 calls per second. The batch is retrying after some minutes and it finish, but two hours later than before, so the morning report is late.\n\nCan you tell what is our limit please, and if it was changed?\n\nKind regards\nMarek Nowicki\nIT department",
  "429 breaks a nightly flow that retries work around -> Medium; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("S", "chat", "A", "Low", "Integration", "AR", "",
  "could not parse request body??",
  "what does 'could not parse request body' mean? im just sending the rule json from postman, copied from your docs",
  "malformed JSON answered by the API, asked as a question -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("S", "web", "A", "Low", "Integration", "AR", "",
  "Unauthorized error with Python SDK",
  "Our new intern set up the Python SDK and every call returns 401 Unauthorized {\"error\":\"invalid_token\"}. The same token works fine from curl. Do SDK tokens need a different prefix or something?",
  "401 from the API on the customer's own setup, a how-to -> Low; Integration (SDK); auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("P", "email", "A", "Medium", "Integration", "AR", "",
  "Re: Re: nightly sync stops halfway",
  "Hi Tomás,\n\nsure, here is the full response we log:\n\n    HTTP/1.1 429 Too Many Requests\n    Retry-After: 30\n\nOur nightly sync of ~12k records stops about halfway through. Someone on my team re-runs it by hand every morning, which works, but it's a chore.\n\n> On Fri, Tomás (TAI Support) wrote:\n> Could you send us the exact response you get back?\n\nThanks,\nLena\n--\nLena Hoffmann | Data Engineering | Brightloop GmbH",
  "429 on a sync re-run by hand each morning -> Medium; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("E", "phone", "A", "Low", "Integration", "AR", "",
  "Phone: service-account token expired",
  "Agent note: caller (ops lead) says their import script gets status 401 from the API since they moved their users to SSO last week. The service account's token had expired. Wants steps for creating a long-lived token for automation. Nothing else affected.",
  "401 from an expired token of the customer's own, how-to -> Low; Integration; auto-resolve; Enterprise gets its CSM, no page (§2.1 Tier 1, D12; §4.2 Enterprise, D13)")
t("P", "slack", "A", "Low", "Integration", "AR", "",
  "429 again",
  "429 again lol. is the limit per key or per org?",
  "429 asked as a question -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("P", "email", "A", "Low", "Integration", "AR", "",
  "YOUR ERROR MESSAGES ARE USELESS",
  "ABSOLUTELY UNACCEPTABLE. Your API rejected my request with 'malformed JSON' and I wasted ten minutes before finding a trailing comma in my payload. Fixed now, but the error should say WHERE the problem is. Come on.\n\n-- R.",
  "malformed JSON, already fixed, shouting does not raise -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; §2.2.1, D11)")
t("S", "chat", "A", "Low", "Integration", "AR", "",
  "401 on POST only",
  "api keeps sayin 401 unauthorised on POST /simulations but GET works fine w/ same key. do keys need some write scope??",
  "401 from the API, asked as a how-to about key scopes -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("P", "email", "A", "Low", "Integration", "AR", "",
  "Status code 429 on the replay endpoint",
  "Hello,\n\nwe had to replay about 300 failed webhook deliveries yesterday through the API and started getting status code 429 after the first 60 or so. We put a two-second sleep between calls and all went through. Just asking: is there a bulk replay call we missed?\n\nCheers,\nDaniel",
  "429 already worked around, now a question -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("S", "web", "A", "Low", "Integration", "AR", "",
  "error code 401 when connecting Zapier",
  "Trying to connect TAI to Zapier. Zapier says your API answered 'error code 401' when I paste the key. I copied it from Settings > API. What am I doing wrong?",
  "401 from the API on the customer's setup of a connector, how-to -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")
t("E", "slack", "A", "Medium", "Integration", "AR", "",
  "CI red because of rate limit",
  "fyi our CI pipeline was failing from 14:00 with `statusCode=429` from your API (we run contract tests against the sandbox). added exponential backoff, green again. did the sandbox limit change?",
  "429 broke a pipeline, backoff works around -> Medium; Integration; auto-resolve; Enterprise CSM, no page (§2.1 Tier 1, D12; quick reference MEDIUM, D11; §4.2, D13)")
t("P", "email", "A", "Medium", "Integration", "AR", "",
  "four-oh-one from staging since the auth domain move",
  "Hi,\n\nsince you moved to the new auth domain on Monday we get four-oh-one on every call from our staging environment. Production is fine. For now we pointed staging at the production keys, which is not ideal but lets QA continue.\n\nAny idea what changed?\nSam",
  "401 breaking staging, worked around with other keys -> Medium; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("P", "chat", "A", "Medium", "Integration", "AR", "",
  "MALFORMED_JSON but jsonlint says ok",
  "Your API says {\"code\":\"MALFORMED_JSON\"} but I validated the body with jsonlint and it's fine. The only unusual thing is an emoji in the rule name (🚀 launch promo). Without the emoji it goes through. Bug on your side or ours?",
  "malformed-JSON answer, the customer unsure whose bug, emoji-free names work -> Medium; Integration; auto-resolve (§2.1 Tier 1, D12; §4.4 MEDIUM, D15)")
t("S", "web", "A", "Low", "Integration", "AR", "",
  "API keys and password change",
  "I changed my password today and now my script gets 'HTTP 401'. Do API keys get revoked when the password changes? Couldn't find it in the docs.",
  "401 after the customer's own password change, a question -> Low; Integration; auto-resolve (§2.1 Tier 1, D12; quick reference LOW, D11)")

# ---- EngineeringEscalation: other error codes returned by the TAI API ----
t("E", "email", "E", "High", "Integration", "EE", "",
  "500 on approvals with more than three approvers",
  "Hello support,\n\nPOST /v2/approvals returns 500 Internal Server Error for any approval that has more than 3 approvers. Approvals with 1-3 approvers work. Our procurement approvals all need 4 signatures (policy), so they are stuck and we know of no workaround.\n\nRequest IDs: 7f3a-19c2, 7f3a-19d8.\n\nRegards,\nIngrid Solberg\nProcurement Systems, Nordhavn Logistics",
  "500 from the API, feature broken with no workaround -> High; Integration; engineering; Enterprise CSM, no page (§2.1 Tier 1, D12; quick reference HIGH, D11; §4.2, D13)")
t("P", "slack", "E", "Medium", "Integration", "EE", "",
  "502s on exports endpoint",
  "seeing ~8% 502 Bad Gateway on GET /v2/exports since 09:10 UTC. retries get through eventually so we're ok-ish, just slow",
  "502 from the API, retries work around -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("S", "web", "E", "Medium", "Integration", "EE", "",
  "403 Forbidden on my own rule",
  "I get 403 Forbidden when I try GET /v2/rules/8812 - it's my own rule, I created it yesterday in the UI. I can still edit it in the UI, I just need it via the API for our script.",
  "403 from the API, the UI works around -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("P", "email", "E", "Medium", "Integration", "EE", "",
  "Error 404 on documented webhook test endpoint",
  "Hi,\n\nthe docs list POST /v2/webhooks/{id}/test, but it answers error 404 for every webhook we have. In the meantime we test by publishing a dummy rule, which fires a real event.\n\nBest,\nAnika",
  "404 from a documented endpoint, a real event works around -> Medium; Integration; engineering (§2.1 Tier 1, D12; §4.4 HIGH, D15; quick reference MEDIUM, D11)")
t("S", "chat", "E", "Medium", "Integration", "EE", "",
  "graphql internal error on approvers field",
  "graphql query for simulations returns {\"data\":null,\"errors\":[{\"message\":\"Internal error\"}]} but only when i request the `approvers` field. without it fine, we fetch approvers separately for now",
  "API answering with errors (GraphQL), a workaround -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("E", "phone", "CE", "Critical", "Integration", "EE", "oncall status vp",
  "Phone: ERP writes failing with 503",
  "Agent note: caller (head of IT) says their ERP sync (TAI API -> SAP) fails on all writes with 503 Service Unavailable since 6am. Reads are OK. Orders can't be priced so the warehouse is holding shipments; 'every hour of this costs us real money'. Asked for a call back.",
  "503 from the API and the customer losing money -> Critical; Integration; engineering first; critical pages (§2.1 Tier 1, D12; quick reference CRITICAL, D11; §4.2 critical, D13)")
t("E", "email", "E", "Medium", "Integration", "EE", "",
  "HTTP 409 Conflict on concurrent rule updates",
  "Hello,\n\nwhen two of our workers update the same rule at nearly the same time, one gets HTTP 409 Conflict. We retry with the fresh ETag and it works. Is this expected behaviour or something you'd fix?\n\nThanks,\nOlu Adeyemi\nPlatform team, Kitebridge",
  "409 from the API on an edge case the retry handles -> Medium; Integration; engineering (§2.1 Tier 1, D12; §4.4 MEDIUM, D15)")
t("E", "slack", "CE", "Critical", "Platform", "EE", "oncall status vp",
  "5xx on everything",
  "5xx storm from api.tai - every endpoint we call has been failing for the last 20 min, 100%. our checkout prices every cart through you. checkout is down.",
  "5xx from the API, TAI down for the customer -> Critical; Platform; engineering first; critical pages (§2.1 Tier 1, D12; quick reference CRITICAL, D11; §4.2 critical, D13)")
t("S", "email", "E", "Medium", "Integration", "EE", "",
  "422 for 'between' operator",
  "Hi there,\n\nwhen I use operator 'between' like in your docs example I get 422 Unprocessable Entity - 'condition.operator invalid'. Two conditions (>= and <=) do the same job so I'm using those for now.\n\nthanks\nPia",
  "422 from the API, not as documented, a workaround -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("P", "web", "E", "Medium", "Integration", "EE", "",
  "500 when rule name contains a slash",
  "PUT /v2/rules/{id} gives a 500 if the rule name has a '/' in it (e.g. 'EU/UK shipping'). Not blocking, we renamed those rules with a dash.",
  "500 from the API on an edge case called not blocking -> Medium; Integration; engineering (§2.1 Tier 1, D12; §4.4 MEDIUM, D15)")
t("P", "email", "E", "High", "Integration", "EE", "",
  "FW: TAI API errors after Tuesday's release",
  "Forwarding from our dev team, can you look at this please?\n\n---------- Forwarded message ---------\nFrom: Jonas Weber\nSubject: TAI API errors\n\nWe've been getting HTTP 500 on PUT /v2/notifications/preferences since the release on Tuesday. Users can no longer change where their alert emails go, and there is no setting for it in the web app either.\n\n--\nClara Mendes, Operations",
  "500 from the API, broken with no workaround -> High; Integration; engineering (§2.1 Tier 1, D12; quick reference HIGH, D11)")
t("P", "chat", "E", "Medium", "Integration", "EE", "",
  "error 400 unknown field effective_from",
  "Hello, API give me error 400 'unknown field effective_from' but your changelog say this field is new in v2.3. We send the v2.3 version header. For now we set the date after creation in the UI by hand.",
  "400 from the API (not in the auto-resolve list), manual step works around -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("P", "slack", "E", "Medium", "Integration", "EE", "",
  "504 on audit log search",
  "audit-log search endpoint gives 504 gateway timeout when we filter by user across 12 months. 1-month windows work so we loop over months. ok for now",
  "504 from the API, smaller windows work around -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("E", "email", "E", "High", "Integration", "EE", "",
  "[Datadog] tai-api-sync failed",
  "Automated alert forwarded from our monitoring:\n\n  Monitor: tai-api-sync\n  Status: FAILED (3/3 attempts)\n  Last error: upstream responded 500\n\nThe sync has not completed since 04:00 and nothing downstream is updated.",
  "structured API error 500, sync broken with no workaround -> High; Integration; engineering; Enterprise CSM (D11 structured first; §2.1 Tier 1, D12)",
  {"apiErrorCode": "500"})
t("S", "web", "E", "Low", "Integration", "EE", "",
  "Forbidden when inviting users via API",
  "Why do I get 'Forbidden' (403) when inviting teammates through the API? Is that not allowed on the Starter plan?",
  "403 from the API, asked as a question -> Low; Integration; engineering (§2.1 Tier 1 first match, D12; quick reference LOW, D11)")
t("E", "chat", "E", "Medium", "Integration", "EE", "",
  "paging gives 404",
  "GET /v2/rules?page=3 returns 404 although page=2 says has_more: true. We set page_size=500 so everything comes in one page, that works.",
  "404 from the API on paging, a workaround -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
t("P", "phone", "E", "Medium", "Integration", "EE", "",
  "Phone: approvals API error from Slack bot",
  "Agent note: customer read out the error 'HTTP five hundred' from the approvals API when approving from their internal Slack bot. Approving in the TAI web app works, so approvers use that meanwhile.",
  "500 from the API, the web app works around -> Medium; Integration; engineering (§2.1 Tier 1, D12; quick reference MEDIUM, D11)")
# ---- Finance: billing and account ----
t("S", "email", "B", "Low", "Billing", "FI", "",
  "Invoice INV-20417 seat count",
  "Hello,\n\ninvoice INV-20417 shows 12 seats but we only have 9 users. Please correct it and send a new one.\n\nThanks,\nMaria\nBookkeeping, Olmo Cafés",
  "invoice correction -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("P", "web", "B", "Low", "Billing", "FI", "",
  "Bank transfer instead of card?",
  "Can we pay by bank transfer instead of card? Our finance department doesn't allow card payments over €5k.",
  "payment method question -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("P", "chat", "B", "Low", "Billing", "FI", "",
  "SCIM on Professional?",
  "does the professional plan include SCIM provisioning or is that enterprise only?",
  "does my plan include X -> Low; Billing; finance (§2.1 Tier 2, D12; §2.2.2, D11)")
t("E", "email", "BN", "Low", "Billing", "FI", "vp",
  "Renewal terms",
  "Hi Alex,\n\nahead of our renewal on 30 April we'd like to move to a three-year term at a 12% discount, and add a 99.95% uptime SLA clause with service credits. Could you send a draft?\n\nBest regards,\nHenrik Dahl\nHead of Procurement, Vestfjord Energy",
  "Enterprise contract change and price negotiation -> Low; Billing; finance; VP Product (§2.1 Tier 2, D12; §4.2 Enterprise, D13)")
t("P", "email", "B", "Low", "Billing", "FI", "",
  "CHARGED TWICE!!!",
  "You charged my card TWICE this month!!! $49 x2. This is THEFT. Fix it NOW and refund the second one.",
  "billing dispute, shouting does not raise -> Low; Billing; finance (§2.1 Tier 2, D12; §2.2.1, D11)")
t("E", "slack", "B", "Low", "Billing", "FI", "",
  "W-9 for AP",
  "hey, procurement needs a W-9 and your bank letter before they can pay the Q1 invoice. who can send those?",
  "billing paperwork -> Low; Billing; finance; Enterprise CSM, no page (§2.1 Tier 2, D12; §4.2, D13)")
t("P", "email", "BT", "High", "Billing", "FI", "vp",
  "Billed for annual after cancelling trial",
  "I clicked cancel during the trial and you still billed us for the annual plan ($1,188). Refund it or we're done with TAI, and I'll dispute it with my bank.\n\nJ. Ferreira",
  "billing dispute with a threat to leave -> High; Billing; finance first; VP Product (§2.1 Tier 2, D12; §4.2 churn, §4.3 trigger 2, D14)")
t("S", "web", "B", "Low", "Billing", "FI", "",
  "Download all invoices",
  "How do I download all our past invoices as PDF for our accountant? I can only see the last one.",
  "invoice how-to -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("E", "email", "BN", "Low", "Billing", "FI", "vp",
  "Pricing at renewal",
  "Dear TAI team,\n\nour CFO has asked whether you could match a quote we received from another vendor, roughly 30% below what we pay today, at our renewal in April. To be clear, we'd like to stay with you; we just need the numbers to work.\n\nKind regards,\nSophie Laurent\nFinance Director",
  "Enterprise price negotiation, staying -> Low; Billing; finance; VP Product (§2.1 Tier 2, D12; §4.2 Enterprise, D13)")
t("S", "chat", "B", "Low", "Billing", "FI", "",
  "billing email",
  "pls update our billing email to ap@harborline.io, thx",
  "account paperwork -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("S", "phone", "BT", "High", "Billing", "FI", "vp",
  "Phone: close account, company dissolved",
  "Agent note: caller says their company is being dissolved at the end of March and they want to close the TAI account. Asked for a final invoice and an export of their data before closing.",
  "account cancellation (a threat to leave by the set's reading) -> High; Billing; finance; VP Product (§2.1 Tier 2, D12; §4.3 trigger 2, D14)")
t("P", "email", "B", "Low", "Billing", "FI", "",
  "VAT ID missing on invoices",
  "Guten Tag,\n\nsince January our VAT ID (DE 298 114 506) is missing on your invoices. Our tax advisor rejects them. Please reissue January and February.\n\nMit freundlichen Grüßen\nKarin Vogt",
  "invoice correction -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("E", "email", "B", "Low", "Billing", "FI", "",
  "Service credit for the Feb 3 outage",
  "Hello,\n\nunder section 7 of our MSA we'd like to claim the service credit for the two-hour outage on February 3. Everything has been fine since. Please confirm the amount on the next invoice.\n\nRegards,\nAmir Haddad, Vendor Management",
  "service credit for a past incident -> Low; Billing; finance; Enterprise CSM (§2.1 Tier 2, D12; §2.2.2, D11)")
t("P", "web", "B", "Low", "Billing", "FI", "",
  "Downgrade next cycle",
  "We'd like to downgrade from Professional to Starter at the next billing cycle - we only use 2 seats now. What do we lose?",
  "plan change -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("S", "chat", "B", "Low", "Billing", "FI", "",
  "price for more user",
  "hi, how much it cost to add 5 more user? on pricing page is not clear for me",
  "seat price question -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("P", "slack", "B", "Low", "Billing", "FI", "",
  "card declined",
  "our card got declined yesterday, added a new one just now. will the account get suspended or are we good?",
  "payment question -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("E", "email", "B", "Low", "Billing", "FI", "",
  "FW: PO 4500123 on invoices",
  "FYI below from our AP team.\n\n> Please make sure PO 4500123 appears on every TAI invoice. Invoices without a PO number are rejected automatically by our system.\n\nThanks!\nNadia",
  "invoice paperwork -> Low; Billing; finance; Enterprise CSM (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("P", "email", "B", "Low", "Billing", "FI", "",
  "Wrong currency - third time",
  "Hello,\n\nthis is the third invoice in a row in USD instead of EUR. I've written about it twice before. Please fix it for good.\n\nElena Russo",
  "invoice error; CSAT < 5 and repeat tickets only alert when finance wins -> Low; Billing; finance (§2.1 Tier 2, D12; §4.3, D14)",
  {"csat": 3, "sameIssueTickets": 3})
t("E", "web", "BN", "Low", "Billing", "FI", "vp",
  "40 seats for new subsidiary",
  "We need to add 40 seats for our new subsidiary in Lyon from 1 April and would like to discuss volume pricing for them rather than list price.",
  "Enterprise seats with price negotiation -> Low; Billing; finance; VP Product (§2.1 Tier 2, D12; §4.2 Enterprise, D13)")
t("S", "email", "B", "Low", "Billing", "FI", "",
  "Refund: bought annual by mistake",
  "Hi! We bought the annual plan yesterday by mistake, we wanted monthly. Can you refund and switch us? Thanks a lot, Ben",
  "refund and plan switch -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("E", "phone", "BTN", "High", "Billing", "FI", "vp",
  "Phone: CFO - not renewing",
  "Agent note: the customer's CFO called. They have decided to cancel the contract at renewal and move to in-house tooling. Wants to know the notice period and whether there are early-termination fees if they stop in June instead.",
  "Enterprise cancelling the contract -> High; Billing; finance; VP Product (§2.1 Tier 2, D12; §4.2 churn and Enterprise, D13; §4.3 trigger 2, D14)")
t("P", "email", "B", "Low", "Billing", "FI", "",
  "Sales tax charged although exempt",
  "Hello,\n\nwe are a registered non-profit and tax-exempt; certificate attached. The last two invoices still include sales tax of $84.15 each. Please refund and update our account.\n\nBest,\nGrace Kim, Treasurer",
  "tax on invoices -> Low; Billing; finance (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("E", "slack", "B", "Low", "Billing", "FI", "",
  "seat count + contract end date",
  "can someone confirm our current seat count and the contract end date? legal needs both for an internal audit",
  "contract facts, paperwork -> Low; Billing; finance; Enterprise CSM (§2.1 Tier 2, D12; quick reference LOW, D11)")
t("P", "email", "B", "Low", "Billing", "FI", "",
  "The new price is eating our margin",
  "Your price increase is eating our margin - every month this now costs us about $2k more than we budgeted. We're losing money on this subscription compared to last year. Is there any discount for annual prepay?",
  "billing dispute about TAI's price, not a business loss -> Low; Billing; finance (§2.1 Tier 2, D12; §2.2.1, D11)")
t("S", "web", "BT", "High", "Billing", "FI", "vp",
  "cancel subscription",
  "please cancel my subscription, it's too expensive for us right now. thanks",
  "cancelling the account -> High; Billing; finance; VP Product (§2.1 Tier 2, D12; §4.3 trigger 2, D14)")

# ---- FeatureRequestLog ----
t("P", "slack", "F", "Low", "Feature", "FR", "",
  "dark mode pls",
  "would be nice if the rule editor had a dark mode 🙏 my eyes at 11pm",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("E", "email", "F", "Low", "Feature", "FR", "",
  "SAML group-to-role mapping",
  "Hello,\n\nbefore we roll TAI out to around 2,000 users our security team requires SAML group-to-role mapping, so that roles follow our Entra ID groups automatically. Is this on your roadmap? It's the last item on our rollout checklist.\n\nKind regards,\nMarta Kowalczyk\nIAM Lead",
  "feature request about SSO, not a security issue -> Low; Feature; feature-request log; Enterprise CSM (§2.1 Tier 3, D12; §4.2, D13)")
t("S", "web", "F", "Low", "Feature", "FR", "",
  "Idea: export to Google Sheets",
  "Feature idea: let us send simulation results straight to Google Sheets instead of downloading CSVs.",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("S", "chat", "F", "Low", "Feature", "FR", "",
  "terraform provider?",
  "any plans for a terraform provider? we'd love to keep rules in git",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("P", "email", "F", "Low", "Feature", "FR", "",
  "URGENT!!!! BULK EDIT",
  "URGENT!!!! WE NEED BULK EDIT OF RULES. CLICKING THROUGH 200 RULES ONE BY ONE TO CHANGE THE REGION IS INSANE. PLEASE ADD THIS.",
  "feature request, shouting does not raise -> Low; Feature; feature-request log (§2.2.1, D11; §2.1 Tier 3, D12)")
t("E", "email", "F", "Low", "Feature", "FR", "",
  "Approval delegation during absence",
  "Hi team,\n\nduring the summer our approvers are often on leave, and approvals wait until they are back. Could TAI let an approver delegate to a colleague for a date range, like Outlook's out-of-office? We'd use it from June.\n\nThanks and regards,\nPaolo Bianchi\nFinance Operations Manager\nTel +39 02 555 0192",
  "enhancement request -> Low; Feature; feature-request log; Enterprise CSM (§2.1 Tier 3, D12; §4.4 MEDIUM, D15)")
t("S", "phone", "F", "Low", "Feature", "FR", "",
  "Phone: SMS notifications suggestion",
  "Agent note: caller asked whether TAI could send SMS notifications as well as email. Not available today; they'd like it suggested as a feature.",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("P", "web", "F", "Low", "Feature", "FR", "",
  "Webhook event for simulation.completed",
  "Please add a webhook event for simulation.completed. Today we poll the API every minute to find out when a run is done.",
  "feature request about webhooks -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("E", "slack", "F", "Low", "Feature", "FR", "",
  "+1 audit log retention",
  "+1 on the audit log retention > 1 yr request from the last QBR, our compliance folks would love it",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("S", "email", "F", "Low", "Feature", "FR", "",
  "Notifications in German",
  "Hello,\n\nit would be great if the notifications could be also in German language. Our approvers are not all speaking English and some ignore the mails because of this.\n\nBest regards\nStefan",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("S", "chat", "F", "Low", "Feature", "FR", "",
  "shortcut idea",
  "just an idea: keyboard shortcut to duplicate a rule (ctrl+d?)",
  "feature request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("E", "email", "FT", "High", "Feature", "FR", "vp",
  "Salesforce connector or we move",
  "Hi,\n\nwe've asked for a native Salesforce connector three times now. Without it by Q3 we will have to move to another vendor - our sales ops can't keep exporting CSVs.\n\nRegards,\nChris Okafor\nRevOps",
  "feature request with a threat to leave -> High; Feature; feature-request log first; VP Product (§2.1 Tier 3, D12; §4.2 churn, §4.3 trigger 2, D14)")
t("E", "web", "F", "Low", "Feature", "FR", "",
  "Enhancement: compare rule versions",
  "Enhancement request: allow two versions of a rule to be compared side by side (a diff view). Our reviewers currently open two tabs.",
  "enhancement request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §4.4 MEDIUM, D15)")
t("P", "email", "F", "Low", "Feature", "FR", "",
  "Async support in the Python SDK",
  "Request: asyncio support in the Python SDK. We wrap every call in a thread pool today, which works, but native async would be much cleaner.\n\n--\nYusuf",
  "feature request about the SDK -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
t("E", "email", "F", "Low", "Feature", "FR", "",
  "Multi-currency rules - still waiting",
  "Hello,\n\nwe are still hoping for the multi-currency rules that were mentioned on our roadmap call last year. Any update on timing?\n\nRegards,\nWei Zhang",
  "feature request; CSAT < 5 only alerts when the log wins -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §4.3 trigger 1, D14)",
  {"csat": 4})
t("P", "email", "F", "Low", "Feature", "FR", "",
  "Twelve rules with the same name",
  "Hi, we have twelve rules with the same name (one per country) and the list sorting mixes them up. Maybe you could show the rule ID or country as an extra column? Would help a lot.\n\nThank you\nAhmed",
  "small enhancement request -> Low; Feature; feature-request log (§2.1 Tier 3, D12; §2.2.1, D11)")
# ---- Critical without an API error code -> ChurnEscalation ----
t("E", "email", "C", "Critical", "Platform", "CE", "oncall status vp",
  "Can't reach TAI this morning",
  "Hi,\n\nsorry to bother you - it seems we can't get into TAI at all since around 8:40, neither the web app nor the API (the connection just times out). Nothing urgent-urgent, but our approvers are waiting. Thanks for having a look when you can!\n\nBest,\nHelena",
  "TAI down for the customer, politely said -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2 critical, D13)")
t("P", "slack", "C", "Critical", "Platform", "CE", "oncall status vp",
  "is tai down?",
  "is tai down?? app just spins forever, whole team blocked",
  "TAI down -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2 critical, D13)")
t("P", "email", "CD", "Critical", "Platform", "CE", "oncall status vp",
  "A third of our rules are gone",
  "Hello,\n\nafter yesterday's import about a third of our rules disappeared - 140 of roughly 420 are no longer in the list, and the audit log shows no deletions. We did not delete anything. Please tell us they can be restored.\n\nRegards,\nIvan Petrov",
  "stored data lost -> Critical; Platform; churn escalation; critical pages (§4.4 URGENT, D16 P1; quick reference CRITICAL, D11; §4.2 critical, D13)")
t("E", "chat", "CD", "Critical", "Platform", "CE", "oncall status vp",
  "friday's simulation results changed to zeros",
  "the stored results of Friday's simulations now show all zeros. we exported them on Friday and they were correct then, so the data changed on your side. we need these for a board pack tomorrow",
  "stored data corrupted -> Critical; Platform; churn escalation; critical pages (§4.4 URGENT, D16 P1; quick reference CRITICAL, D11; §4.2, D13)")
t("S", "phone", "C", "Critical", "Feature", "CE", "oncall status vp",
  "Phone: surcharge rule stopped firing",
  "Agent note: caller runs a small online shop. Their shipping-surcharge rule stopped applying after this morning's update, so every order since 7am goes out without the surcharge. Estimates they're losing about $300 an hour. No error shown anywhere.",
  "a rule misbehaving and the customer losing money -> Critical; Feature; churn escalation; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2, D13)")
t("P", "web", "C", "Critical", "Platform", "CE", "oncall status vp",
  "EU workspace unreachable",
  "Everything in our EU workspace is unreachable at the moment, both dashboard and integrations. US workspace looks fine.",
  "structured platform impact > 20 % and TAI unreachable -> Critical; Platform; churn escalation; critical pages (§4.4 URGENT, D11; §4.2 critical, D13)",
  {"platformImpactPct": 35})
t("E", "email", "C", "Critical", "Platform", "CE", "oncall status vp",
  "Nobody can open TAI since the maintenance window",
  "Team,\n\nsince your maintenance window last night nobody in our company can open TAI: the login page loads to a blank white screen in every browser we tried. Our approvals for month-end close are all in there.\n\nPlease advise asap.\n\nRuth Feldman\nDirector, Finance Systems",
  "TAI down for the customer -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §4.4 URGENT, D15; §4.2, D13)")
t("P", "chat", "C", "Critical", "Integration", "CE", "oncall status vp",
  "price webhook stopped, we're losing orders",
  "the webhook that tells our shop when a price rule changes stopped arriving 3h ago. prices on the site are stale and customers are checking out at old (lower) prices. we're losing money on every order",
  "webhooks stopped and the customer losing money -> Critical; Integration; churn escalation; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2, D13)")
t("P", "email", "CD", "Critical", "Platform", "CE", "oncall status vp",
  "Approval history empty!!",
  "Hello, please help. All data from the approvals history is empty since this morning - the last 2 years of records. Auditor is coming tomorrow morning. We did not change anything.\n\nThank you,\nNguyen Thi Lan",
  "stored data lost -> Critical; Platform; churn escalation; critical pages (§4.4 URGENT, D16 P1; quick reference CRITICAL, D11; §4.2, D13)")
t("E", "slack", "C", "Critical", "Platform", "CE", "oncall status vp",
  "INC-2291",
  "opened INC-2291 on our side. TAI unreachable from all 3 of our regions, see ticket fields.",
  "structured production down and an urgent mark -> Critical; Platform; churn escalation; critical pages (D11 structured first; §2.1 Tier 4, D12; §4.2 critical, D13)",
  {"productionDown": True, "urgent": True})
t("E", "email", "C", "Critical", "Platform", "CE", "oncall status vp",
  "FW: no rule evaluations since 02:00",
  "Forwarding our ops team's note - can someone call me?\n\n> From: Ops Night Shift\n> TAI hasn't evaluated a single rule since 02:00. All transactions are falling back to manual review, backlog is at 6,000 and growing, and we are paying overtime to clear it.\n\nMartin Ekström\nVP Operations",
  "TAI not working at all and the customer losing money -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §4.2 critical, D13)")
t("P", "phone", "C", "Critical", "Platform", "CE", "oncall status vp",
  "Phone: web app shows Service unavailable",
  "Agent note: caller says the whole web app shows a 'Service unavailable' page since about 10:15 and their API calls just hang until they time out. Team of 15 can't work.",
  "TAI down (an error page in the web app is not an API error) -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §2.1, D12; §4.2, D13)")
t("S", "email", "C", "Critical", "Platform", "CE", "oncall status vp",
  "Is everything OK on your side?",
  "Hi there, quick one - is everything ok on your side? We haven't been able to load anything in TAI for about an hour now. No rush, just checking.\n\nCheers, Tom",
  "TAI down for the customer, understated -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2, D13)")
t("S", "web", "C", "Critical", "Platform", "CE", "oncall status vp",
  "Some pages slow",
  "Some pages load slowly for us today, the rules list especially.",
  "structured platform impact > 20 % decides -> Critical; Platform; churn escalation; critical pages (D11 structured first; §4.4 URGENT, D15; §4.2, D13)",
  {"platformImpactPct": 22})
t("P", "email", "CT", "Critical", "Platform", "CE", "oncall status vp",
  "Down AGAIN - evaluating alternatives",
  "This is the third day in a row TAI is down for us at peak time, and it's down again right now. We have started evaluating alternatives.\n\nRaj Mehta\nCTO, Parcelwise",
  "TAI down now and a threat to leave -> Critical; Platform; churn escalation; critical pages (quick reference CRITICAL, D11; §4.2 critical and churn, D13; §4.3, D14)")

# ---- High: legal and security ----
t("E", "web", "S", "High", "Platform", "SS", "legal oncall",
  "Another company's user in our workspace",
  "A user from a different company (their email domain is not ours) appears in our workspace's user list and, as far as we can tell, can open our rules. We never invited them. Please investigate urgently.",
  "security hole (access control), no stored data lost -> High; Platform; standard; General Counsel/CISO and on-call (§4.2 legal, D13; §4.4 URGENT, D15)")
t("P", "email", "S", "High", "Platform", "SS", "legal oncall",
  "API key visible in export links + sessions",
  "Hello,\n\nduring a review we noticed that the export download link contains our API key in plain text in the URL, so it ends up in our proxy logs. Also, sessions don't seem to expire after logout - the old session cookie still works in another browser.\n\nRegards,\nFatima Zahra\nSecurity Engineer",
  "leaked secret and session flaw in the platform -> High; Platform; standard; General Counsel/CISO and on-call (§4.2 legal, D13; §4.4 URGENT, D15)")
t("E", "email", "L", "High", "Other", "SS", "legal",
  "Formal objection to new sub-processor",
  "Dear Sir or Madam,\n\nfurther to your notice of 14 February, our client hereby formally objects, under clause 9.3 of the Data Processing Agreement, to the appointment of the new sub-processor listed therein. Please refrain from transferring personal data to that sub-processor pending resolution.\n\nYours faithfully,\nHartley & Moss LLP",
  "DPA objection, a legal letter -> High; Other; standard; General Counsel/CISO (§4.1 Tier 4, §4.2 legal, D13)")
t("S", "email", "L", "High", "Other", "SS", "legal",
  "Regulator information request",
  "Hello,\n\nwe have received an information request from the ICO about personal data we process, some of it through TAI. We need your cooperation and documentation within 14 days. Who is the right contact?\n\nThanks,\nOwen Price, Director",
  "a regulator's inquiry -> High; Other; standard; General Counsel/CISO (§4.1 Tier 4, §4.2 legal, D13)")
t("P", "slack", "S", "High", "Platform", "SS", "legal oncall",
  "ex-employee still has access",
  "one of our ex-employees can still log in to TAI. we removed them from Okta on friday and SCIM shows them deprovisioned, but their session still works today. pls check how that's possible",
  "access not revoked, a security hole -> High; Platform; standard; General Counsel/CISO and on-call (§4.2 legal, D13; §4.4 URGENT, D15)")
t("P", "email", "L", "High", "Other", "SS", "legal",
  "Indemnity claim regarding incorrect approval",
  "Dear TAI,\n\none of our customers has started legal proceedings against us over a refund that was auto-approved by a TAI rule in January. We believe the rule evaluated incorrectly and we intend to seek indemnity from you under section 11 of our agreement. Please forward this to your legal department.\n\nRegards,\nLaura Chen, General Counsel, Finmark",
  "litigation and a liability claim -> High; Other; standard; General Counsel/CISO (§4.1 Tier 4, §4.2 legal, D13)")
t("E", "web", "S", "High", "Platform", "SS", "legal oncall",
  "Pen test: stored XSS in rule description",
  "Our annual penetration test found a stored XSS in the rule description field: a script saved there runs for every user who opens the rule. Details and PoC in the attached report (TLP:AMBER).",
  "security vulnerability in the platform -> High; Platform; standard; General Counsel/CISO and on-call (§4.4 URGENT, D15; §4.2 legal, D13)")

# ---- High: broken, no workaround ----
t("P", "email", "", "High", "Feature", "SS", "",
  "Approval emails stopped",
  "Hi,\n\napproval emails stopped going out on Monday. Approvers don't know anything is waiting for them. We can't find any setting that changed, and there's no other way to tell them.\n\nThanks,\nMonika",
  "feature broken with no workaround -> High; Feature; standard (quick reference HIGH, D11; §2.1, D12)")
t("S", "chat", "", "High", "Feature", "SS", "",
  "publish toggle flips back",
  "the Publish toggle flips back to Draft every time i reload. so my rules never go live. tried 2 browsers",
  "feature broken with no workaround -> High; Feature; standard (quick reference HIGH, D11; §2.1, D12)")
t("E", "email", "", "High", "Feature", "SS", "",
  "Scheduled SFTP exports not running",
  "Hello,\n\nscheduled exports to our SFTP server haven't run since the 26th. A manual export from the UI fails too, with a red banner saying 'Something went wrong'. Our reconciliation depends on these files.\n\nBest regards,\nGeorge Tan\nFinance IT",
  "feature broken with no workaround (a web-app banner, not an API error) -> High; Feature; standard; Enterprise CSM (quick reference HIGH, D11; §2.1, D12)")
t("P", "web", "", "High", "Feature", "SS", "",
  "Simulation finds no rows",
  "Simulations against last month's data set return 'No rows' for every rule, although the data set page shows 18,402 rows. This started Friday; nothing we try changes it.",
  "feature broken with no workaround -> High; Feature; standard (quick reference HIGH, D11; §2.1, D12)")
t("E", "slack", "", "High", "Integration", "SS", "",
  "rule.published webhooks missing",
  "rule.published webhooks stopped arriving around 11:00. our downstream deploys depend on them and there's no workaround right now. other events still come through",
  "webhooks broken with no workaround -> High; Integration; standard; Enterprise CSM (quick reference HIGH, D11; §2.1, D12)")
t("E", "email", "", "High", "Integration", "SS", "",
  "Evaluations endpoint returns another rule's data",
  "Hello,\n\nGET /v2/rules/{id}/evaluations returns evaluations that belong to a different rule of ours (the rule_id field inside doesn't match the one in the URL). Our dashboards are built on this call and we have no other source.\n\nKind regards,\nLucas Moreau",
  "API returning wrong data, no workaround, no error code -> High; Integration; standard (§4.4 HIGH, D15; quick reference HIGH, D11; §2.1, D12)")
t("E", "phone", "", "High", "Integration", "SS", "",
  "Phone: SSO fails after certificate renewal",
  "Agent note: caller says SSO login fails for everyone in their Azure AD tenant since they renewed their SAML signing certificate this morning. Only their break-glass admin can get in with a password. Users are stuck.",
  "SSO broken with no workaround -> High; Integration; standard; Enterprise CSM (quick reference HIGH, D11; §2.1, D12)")
t("S", "email", "", "High", "Feature", "SS", "",
  "CSV import drops accented rows",
  "Hola,\n\nthe CSV import silently drops every row that contains an accented character (é, ñ, ü). Most of our supplier names are Spanish, so about half the file never gets in. There is no error message.\n\nGracias,\nLucía",
  "import broken with no workaround -> High; Feature; standard (quick reference HIGH, D11; §2.1, D12)")
t("P", "slack", "", "High", "Feature", "CE", "vp",
  "approvals page blank",
  "approvals page is blank for our whole finance team since your update. nothing loads, no error",
  "feature broken with no workaround; an agent's urgent mark routes -> High; Feature; churn escalation; VP Product (§2.1 Tier 4, D12; quick reference HIGH, D11)",
  {"urgent": True})
t("P", "email", "", "High", "Feature", "CE", "vp",
  "Notifications broken again",
  "Notifications are broken again. Nobody on our side gets alerted when a rule fails. Same as in January.\n\nDave",
  "feature broken with no workaround; CSAT < 5 -> High; Feature; churn escalation; VP Product (§4.3 trigger 1, D14; §2.1 Tier 4, D12; quick reference HIGH, D11)",
  {"csat": 3})
t("S", "web", "", "High", "Feature", "CE", "vp",
  "For the fourth time: rule test panel crashes",
  "For the fourth time: the rule test panel crashes as soon as I add a date condition. There is no other way to test the rule before publishing.",
  "feature broken with no workaround; 3+ tickets on the same issue -> High; Feature; churn escalation; VP Product (§4.3 trigger 4, D14; §2.1 Tier 4, D12)",
  {"sameIssueTickets": 4})

# ---- Threats to leave (no API code, no billing ask) ----
t("P", "email", "T", "High", "Feature", "CE", "vp",
  "Rule editor speed - last warning",
  "Honestly, the rule editor has become so slow that my team is asking me to switch tools. If it isn't noticeably better by the end of the month, we're leaving.\n\nAnna Svensson\nPricing Lead",
  "threat to leave over one screen's performance -> High; Feature; churn escalation; VP Product (§4.2 churn, §4.3 trigger 2, D14; §2.1 Tier 4, D12)")
t("E", "slack", "T", "High", "Feature", "CE", "vp",
  "renewal decision",
  "heads up: leadership decided not to renew unless the notification noise gets fixed. people mute TAI alerts now. can we get someone on a call this week?",
  "threat to leave -> High; Feature; churn escalation; VP Product (§4.2 churn, D13; §4.3 trigger 2, D14; §2.1 Tier 4, D12)")
t("P", "chat", "T", "High", "Other", "CE", "vp",
  "exporting everything before we move",
  "we're moving to another vendor next month. how do we export all our rules and the approval history in one go?",
  "moving to another vendor -> High; Other (how-to); churn escalation; VP Product (§4.3 trigger 2, D14; §2.1 Tier 4, D12)")
# ---- Medium: broken with a workaround, degraded, potential bugs ----
t("P", "email", "", "Medium", "Integration", "SS", "",
  "Webhook deliveries show HTTP 500",
  "Hi,\n\nyour dashboard shows 'HTTP 500' next to most of our webhook deliveries since Thursday. We checked: it's our endpoint answering 500, because payloads got bigger than its 1 MB limit. We can't change that limit this week. Did payloads grow on your side? Meanwhile we re-fetch the changes via the API every hour.\n\nBest,\nNoah",
  "webhook trouble where the 500 comes from the customer's own endpoint, a workaround -> Medium; Integration; standard (§2.1, D12; quick reference MEDIUM, D11)")
t("S", "chat", "", "Medium", "Platform", "SS", "",
  "everything slow today",
  "web app is super slow today - every page takes 15-20 seconds, but it does load eventually. anything going on?",
  "the whole web app slow but working -> Medium; Platform; standard (quick reference MEDIUM, D11; §4.4 HIGH, D15)")
t("E", "slack", "", "Medium", "Platform", "SS", "",
  "evaluate latency up",
  "p95 latency on /v2/evaluate went from ~120ms to ~900ms since yesterday afternoon. no errors, everything still works, just slower. anything changed?",
  "API slow but working -> Medium; Platform; standard; Enterprise CSM (quick reference MEDIUM, D11; §4.4 HIGH, D15)")
t("S", "email", "", "Medium", "Feature", "SS", "",
  "Report and export disagree",
  "Hi,\n\nthe 'Approvals by approver' report shows 37 approvals for March, but the CSV export of the same report has 41 rows. Which one is right? Maybe we filter wrong.\n\nThanks\nEmma",
  "a report and an export disagreeing, unsure whose bug -> Medium; Feature; standard (§4.4 MEDIUM, D15; quick reference MEDIUM, D11)")
t("S", "web", "", "Medium", "Feature", "SS", "",
  "Rule skips exactly 1000.00",
  "Our rule 'amount >= 1000' does not match orders of exactly 1000.00. Orders of 1000.01 match. For now we changed the rule to '> 999.99', which works.",
  "a rule evaluating wrongly, a workaround -> Medium; Feature; standard (quick reference MEDIUM, D11; §4.4, D15)")
t("S", "chat", "", "Medium", "Feature", "SS", "",
  "editor freezes on paste",
  "teh rule editor freezes when i paste more then 50 lines into conditons. have to reload and type them by hand, which works but takes forever",
  "feature broken, reload and manual typing work around -> Medium; Feature; standard (quick reference MEDIUM, D11; §2.1, D12)")
t("P", "email", "", "Medium", "Feature", "SS", "",
  "Re: approvals page and browser extension",
  "> Did the workaround help?\n\nYes - with our password-manager extension turned off, the approvals page loads fine. But that extension is mandatory in our company, so people keep switching it on and off. Can the page be made compatible?\n\nRegards,\nLinda\n\n> On Tue, TAI Support wrote:\n> Could you try disabling browser extensions and reloading the approvals page?",
  "a page broken with a (clumsy) workaround -> Medium; Feature; standard (quick reference MEDIUM, D11; §2.1, D12)")
t("P", "phone", "", "Medium", "Integration", "SS", "",
  "Phone: Python SDK 4.2 hangs",
  "Agent note: customer says the Python SDK 4.2 hangs on large list calls (more than ~5,000 rules). They pinned 4.1 and that works. Want to know if 4.2 will be fixed.",
  "SDK broken, an older version works around -> Medium; Integration; standard (quick reference MEDIUM, D11; §2.1, D12)")
t("P", "slack", "", "Medium", "Feature", "SS", "",
  "duplicate notifications",
  "notifications arrive twice roughly every 10th time. annoying, not blocking",
  "feature misbehaving, not blocking -> Medium; Feature; standard (quick reference MEDIUM, D11; §4.4 MEDIUM, D15)")
t("E", "email", "", "Medium", "Feature", "SS", "",
  "Scheduled report emails 3-4 hours late",
  "Hello,\n\nour scheduled report emails now arrive three to four hours late. We pull the reports from the UI manually each morning, so nothing is blocked, but it would be good to know why.\n\nBest regards,\nHiroshi Tanaka",
  "feature degraded, manual pull works around -> Medium; Feature; standard; Enterprise CSM (quick reference MEDIUM, D11; §2.1, D12)")
t("S", "web", "", "Medium", "Feature", "SS", "",
  "Export dates shifted by one day",
  "Dates in the approvals export are one day earlier than in the app (timezone?). We fix them in Excel before sending them on.",
  "export wrong, fixed by hand -> Medium; Feature; standard (quick reference MEDIUM, D11; §4.4, D15)")
t("E", "email", "", "Medium", "Integration", "SS", "",
  "SCIM creates duplicate users",
  "Hello,\n\nthe SCIM sync creates a duplicate user when the email address has capital letters (Anna.Berg@ vs anna.berg@). We delete the duplicates by hand every week.\n\nBest regards\nJanusz Wróbel",
  "SCIM misbehaving, manual cleanup works around -> Medium; Integration; standard (quick reference MEDIUM, D11; §2.1, D12)")
t("E", "chat", "", "Medium", "Integration", "SS", "",
  "okta tile every second time",
  "Okta tile SSO only works every second attempt. first click -> error page, second click always logs in. users are getting used to it but it's weird",
  "SSO misbehaving, a retry works around -> Medium; Integration; standard; Enterprise CSM (quick reference MEDIUM, D11; §2.1, D12)")
t("E", "email", "", "Medium", "Feature", "SS", "",
  "Holiday pricing simulation takes 40 minutes",
  "Hi,\n\nour 'holiday pricing' simulation takes about 40 minutes now, versus 5 minutes last month, same data size. It does finish and the results look right.\n\nThanks,\nMichael",
  "one feature slow but working -> Medium; Feature; standard (quick reference MEDIUM, D11; §4.4 MEDIUM, D15)")
t("S", "slack", "", "Medium", "Integration", "SS", "",
  "zapier trigger late",
  "zapier trigger 'new approval' fires ~15 min late. ok for us for now but is that expected?",
  "connector delayed, a performance question -> Medium; Integration; standard (§4.4 MEDIUM, D15; quick reference MEDIUM, D11)")
t("E", "web", "", "Medium", "Feature", "SS", "",
  "Rule no longer matches Monaco - us or you?",
  "Hi - not sure if this is us or you: since Thursday our rule 'EU VAT override' doesn't match orders from Monaco any more. Might be our country list, which someone edited last week. Could you check the evaluation log?",
  "potential bug, customer unsure whose -> Medium; Feature; standard; Enterprise CSM (§4.4 MEDIUM, D15; quick reference MEDIUM, D11)")
t("P", "email", "", "Medium", "Integration", "SS", "",
  "Empty body with 200 OK",
  "Hello,\n\nGET /v2/rules sometimes returns 200 OK with an empty body. Retrying a second later gives the full list. We've added a retry, but would like to understand it.\n\nCheers,\nPriya",
  "API call misbehaving in form (200 OK is not an error), a retry works around -> Medium; Integration; standard (§2.1, D12; quick reference MEDIUM, D11)")
t("P", "email", "", "Medium", "Integration", "SS", "",
  "Our ERP says 'Error 404: vendor not found'",
  "Hi,\n\nwhen we sync approvals created in TAI into our ERP, the ERP answers 'Error 404: vendor not found' for about one in ten. Could TAI be sending the vendor ID in a different format (leading zeros?)? We re-key those ones by hand.\n\nThanks,\nRoberto",
  "a code from the customer's own system, potential bug, manual workaround -> Medium; Integration; standard (§2.1, D12; §4.4 MEDIUM, D15)")
t("P", "email", "", "Medium", "Feature", "SS", "",
  "Drag and drop broken in Firefox",
  "Since Firefox 130 the rule editor's drag & drop for reordering conditions doesn't work. Chrome is fine, so some of us switched.\n\nBR, Tereza",
  "feature broken in one browser, another works -> Medium; Feature; standard (quick reference MEDIUM, D11; §2.1, D12)")
t("P", "email", "", "Medium", "Feature", "SS", "",
  "Approved spend report total off",
  "Hello,\n\nthe monthly 'Approved spend' report shows a total that is $14,200 higher than the sum of its own lines. We rebuild the total in Excel for now. Please check the calculation.\n\nKind regards,\nAisha Bello\nController",
  "a report giving a wrong total, rebuilt by hand; financial impact > $10K only alerts -> Medium; Feature; standard (quick reference MEDIUM, D11; §4.2, D13)",
  {"financialImpact": 14200})
t("P", "chat", "", "Medium", "Feature", "CE", "vp",
  "export still off by a day",
  "export still off by a day. we keep fixing it by hand. honestly disappointed",
  "export wrong with a manual workaround; CSAT < 5 -> Medium; Feature; churn escalation; VP Product (§4.3 trigger 1, D14; §2.1 Tier 4, D12)",
  {"csat": 2})
t("E", "phone", "", "Medium", "Feature", "CE", "vp",
  "Phone: second approver skipped on decimals",
  "Agent note (marked urgent): customer goes live on Thursday. The approval chain skips the second approver when the amount has decimals (e.g. 2,500.50). They round amounts to whole numbers as a workaround for now.",
  "feature broken with a workaround; an agent's urgent mark routes, does not raise -> Medium; Feature; churn escalation; VP Product (§2.1 Tier 4, D12; quick reference MEDIUM, D11)",
  {"urgent": True})
t("P", "email", "", "Medium", "Integration", "CE", "vp",
  "Again: webhook signature verification",
  "Hi again,\n\nas in my last two tickets: the webhook signature fails verification for about 1 in 20 events. We re-fetch those events via the API, which works, but we'd really like this fixed.\n\nTom Becker",
  "webhooks misbehaving with a workaround; 3+ tickets on the same issue -> Medium; Integration; churn escalation; VP Product (§4.3 trigger 4, D14; §2.1 Tier 4, D12)",
  {"sameIssueTickets": 3})

# ---- Low: how-to, docs, cosmetic, questions, past incidents, thanks ----
t("E", "email", "", "Low", "Other", "SS", "",
  "Thank you, Priya!",
  "Hi,\n\njust wanted to say thanks to Priya for her help last week - the approvals setup works perfectly now.\n\nAll the best,\nGreta",
  "thanks -> Low; Other; standard (quick reference LOW, D11; §2.1, D12)")
t("S", "web", "", "Low", "Feature", "SS", "",
  "Typo on billing settings page",
  "Small thing: the billing settings page says 'Recieve invoices by email'. Should be 'Receive'.",
  "UI cosmetics, not a billing question -> Low; Feature; standard (quick reference LOW, D11; §2.1, D12)")
t("E", "email", "", "Low", "Other", "SS", "",
  "RCA for last Tuesday's outage",
  "Hello,\n\ncould you send us the root-cause analysis for last Tuesday's 45-minute outage? Our risk committee meets on Friday and needs it. Everything has been running normally since.\n\nThank you,\nFrancesca Romano\nOperational Risk",
  "RCA for a past incident now over -> Low; Other; standard; Enterprise CSM (quick reference LOW, D11; §2.1, D12)")
t("S", "chat", "", "Low", "Other", "SS", "",
  "share simulation with viewer",
  "how do i share a simulation with a colleague who only has the viewer role?",
  "web-app how-to -> Low; Other; standard (quick reference LOW, D11; §2.1, D12)")
t("S", "email", "", "Low", "Other", "SS", "",
  "What if TAI goes down?",
  "Hi,\n\nwhat would happen to our pending approvals if TAI went down for an hour? Do they queue and continue afterwards, or would we need to restart them?\n\nThanks,\nOscar",
  "a hypothetical outage question -> Low; Other; standard (quick reference LOW, D11; §2.1, D12)")
t("P", "web", "", "Low", "Other", "SS", "",
  "SOC 2 report for vendor review",
  "Please send your latest SOC 2 Type II report and a pen-test summary for our annual vendor review.",
  "compliance paperwork, not a legal/security issue -> Low; Other; standard (§2.2.2, D11; §4.2, D13)")
t("E", "email", "", "Low", "Other", "SS", "",
  "Security questionnaire",
  "Hello,\n\nattached is our security questionnaire (212 questions). We'd need it back by March 20 for the renewal file. Happy to set up a call if easier.\n\nBest,\nDerek Owens, Third-Party Risk",
  "compliance questionnaire -> Low; Other; standard; Enterprise CSM (§2.2.2, D11; §4.2, D13)")
t("S", "chat", "", "Low", "Other", "SS", "",
  "learn more link broken",
  "the 'Learn more' link on the Notifications settings page goes to a 404 page",
  "a broken docs link in the web app -> Low; Other; standard (quick reference LOW, D11; §2.1, D12)")
t("S", "email", "", "Low", "Feature", "SS", "",
  "DISASTER - blurry logo",
  "This is a DISASTER. The logo in your approval emails is blurry on retina screens and our brand team is FURIOUS. Please fix this immediately!!!",
  "cosmetic, shouting does not raise -> Low; Feature; standard (§2.2.1, D11; §2.1, D12)")
t("S", "phone", "", "Low", "Other", "SS", "",
  "Phone: password reset",
  "Agent note: caller didn't know how to reset their own password. Walked them through 'Forgot password' on the call; done.",
  "web-app how-to -> Low; Other; standard (quick reference LOW, D11; §2.1, D12)")
t("E", "slack", "", "Low", "Other", "SS", "",
  "yesterday's webhook delays",
  "re yesterday's webhook delays - all caught up on our side now. just confirming nothing was dropped?",
  "a question about a past incident now over -> Low; Other; standard; Enterprise CSM (quick reference LOW, D11; §2.1, D12)")
t("S", "web", "", "Low", "Integration", "SS", "",
  "Paginating /v2/approvals",
  "How do I paginate /v2/approvals? The docs say cursor, but the response has a 'next' URL. Which one should I use?",
  "API how-to -> Low; Integration; standard (quick reference LOW, D11; §2.1, D12)")
t("S", "email", "", "Low", "Other", "SS", "",
  "Draft vs staged",
  "Hello,\n\nplease can you explain me the difference between 'draft' and 'staged' rule state? I did not find in the help.\n\nThank you very much,\nKenji Sato",
  "how-to -> Low; Other; standard (quick reference LOW, D11; §2.1, D12)")
t("E", "email", "", "Low", "Other", "SS", "",
  "Last week's response time",
  "Hi,\n\nto be clear, we are NOT planning to leave - we're happy with TAI overall. But a four-hour wait for a first answer on last week's ticket wasn't great for an Enterprise contract. Just flagging.\n\nRegards,\nBeatriz Santos",
  "feedback; leaving negated, no threat -> Low; Other; standard; Enterprise CSM (§4.3 trigger 2, D14; quick reference LOW, D11)")
t("E", "web", "", "Low", "Integration", "SS", "",
  "Webhook source IP ranges",
  "Where can I find the IP ranges your webhooks are sent from? We need to allowlist them on our firewall.",
  "webhook how-to -> Low; Integration; standard; Enterprise CSM (quick reference LOW, D11; §2.1, D12)")
t("E", "chat", "", "Low", "Integration", "SS", "",
  "new egress IPs",
  "Agent note: customer first wrote 'everything is down', turned out to be their own VPN; TAI is fine. Remaining question: how to allowlist their new egress IPs for API access.",
  "structured production down = false wins over 'down' -> Low; Integration; standard (D11 structured first; §2.1, D12)",
  {"productionDown": False})
t("P", "phone", "", "Low", "Other", "CE", "vp",
  "Phone: unhappy with onboarding",
  "Agent note: caller unhappy with how long onboarding took. Wants a call with their CSM to plan rolling approvals out to three more teams.",
  "planning request; CSAT < 5 -> Low; Other; churn escalation; VP Product (§4.3 trigger 1, D14; §2.1 Tier 4, D12)",
  {"csat": 4})
t("P", "email", "", "Low", "Integration", "CE", "vp",
  "Reconnecting HubSpot",
  "Hi,\n\nI'm the new admin here. We haven't used TAI since mid-February because the person who set it up left. How do I re-connect the HubSpot connector?\n\nThanks,\nValentina",
  "connector how-to; no API call for 14+ days -> Low; Integration; churn escalation; VP Product (§4.3 trigger 3, D14; §2.1 Tier 4, D12)",
  {"lastApiCallAt": "2026-02-12T10:00:00-08:00"})


def main():
    for x in TICKETS:
        check(x)
    assert len(TICKETS) == 150, len(TICKETS)
    assert len({(x["subject"], x["body"]) for x in TICKETS}) == 150
    order = list(TICKETS)
    random.Random(20261207).shuffle(order)
    out = Path(__file__).with_name("tickets-fresh7.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, x in enumerate(order, 1):
            line = {"id": f"N{i:03d}", "tier": TIERS[x["tier"]], "channel": x["channel"], "subject": x["subject"],
                    "body": x["body"]}
            if x["signals"]:
                line["signals"] = x["signals"]
            line["expected"] = {"priority": x["priority"], "category": x["category"], "route": ROUTES[x["route"]],
                                "pages": x["pages"], "reason": x["reason"]}
            line["split"] = "fresh7"
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} tickets to {out.name}")
    for name, key in (("route", lambda x: ROUTES[x["route"]]), ("priority", lambda x: x["priority"]),
                      ("category", lambda x: x["category"]), ("tier", lambda x: TIERS[x["tier"]]),
                      ("channel", lambda x: x["channel"]), ("pages", lambda x: "+".join(x["pages"]) or "none")):
        print(name + ": " + ", ".join(f"{k} {n}" for k, n in Counter(map(key, order)).most_common()))
    kinds = Counter(p for x in order for p in x["pages"])
    print("page kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(f"structured signals: {sum(1 for x in order if x['signals'])}")


if __name__ == "__main__":
    main()
