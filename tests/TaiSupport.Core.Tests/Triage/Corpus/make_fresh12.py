"""Twelfth unseen ticket set (session 14, helper fresh12): writes tickets-fresh12.jsonl (T001..T150), split "fresh12".

Purpose: an honest measurement, run once by the lead after other changes land, of the triage engine on tickets nobody
tuned on (issue 15, "Done when": "We will also run triage on realistic tickets you have not seen; aim for the same
figures there"). Run `python3 make_fresh12.py`: for every ticket it takes the facts I read in it (keywords in the
table below: down, money, loss, sec, legal, threat, repeat, entdeal, bill, fr, a401, a429, ajson, aeng, fin10k) and the
priority and category I chose, derives the route and the pages from them under the rules copied below, checks the
constraints those facts imply (Critical exactly when down / losing money / stored-data loss / platformImpactPct > 20;
the High floor for legal, security and threats; billing and feature requests Low unless a threat; ...), writes
tickets-fresh12.jsonl next to itself (UTF-8, LF newlines) and prints only the labels' distribution. No engine ran on
these tickets; the script and the JSONL were committed on their own, labelled before any run. Situations and wording
are my own.
This writer differs from the earlier ones on purpose: tickets typed on a phone (short, autocorrect slips, no
punctuation, emoji); managed-service partners and resellers filing for several end customers in one templated form;
alerts forwarded from the customer's monitoring (PagerDuty, Datadog, Grafana) with severity fields set by the customer's
own tooling; non-native English (Spanish, Japanese, Polish, Brazilian Portuguese, German speakers); numbers in many
spellings ("$3k", "12.000 €", "USD 15,000", "¥1,200,000", "0.5%", "3 in 10 calls", "1 in 200", "p95 of 4s", "2,5 s");
heavy negation, hypotheticals, past tense and conditionals; bulleted lists of several issues; executives' two-line
notes; polite understatement of serious issues and dramatic wording of trivial ones; an agent's call notes. About a
fifth of the bodies are long (600-2,000 characters): partner forms, forwarded alerts, timelines, reproduction steps,
measurements, environment notes, quoted notices, document lists; each long text is written for its own ticket (the
LONGER table extends a body with text of that ticket only, adding no facts beyond what the labels already use).

What the writer read: /work/wt/HELPERS.md; the brief; the module docstring of make_fresh11.py (extracted with
`ast.get_docstring`, nothing after it); the first line of tickets-fresh11.jsonl (S001, for the JSON line format);
`issues show 15`; the manual /work/shared/spec/support-operations-manual.md §2.1-§2.3, §4.1-§4.4 and the quick
reference "Severity Decision" (lines 99-184, 413-555, 1170-1179; the headings list through grep to find them);
/work/shared/spec/default-policy.md lines 45-81 (D8-D17). `ls` of the Corpus folder (file names only) and
`grep -c '"id": "T'` on every corpus file printed only counts, all 0 (no id clash with T001..T150).
Not read: any other ticket file or line, any other make_*.py (beyond make_fresh11.py's docstring), src/, tests' code,
docs/, CHANGELOG.md, git log, other worktrees. No dotnet, no engine run.
Seen by accident: the ls listing shows make_corpus.py, make_fresh.py, make_fresh2..11.py and tickets.jsonl,
tickets-fresh.jsonl, tickets-fresh2..11.jsonl (names only). make_fresh11.py's docstring describes its own set (styles,
edge cases, distribution: route StandardSupport 77, ChurnEscalation 30, Finance 17, EngineeringEscalation 12,
FeatureRequestLog 8, AutoResolve 6; ...) and its first line is a promo-stacking ticket of a tea shop (S001); it repeats
make_fresh9.py's disclosures (aggregate fresh8 engine figures 68.3 / 72.5 / 84.2 %, false pages 4.2 %; engine commit
titles naming a "PreviousWordIs" check and a "customer's-own-price check" read by a "clause reader"; situations of
earlier sets). Issue 15 lists its own failing examples (a "10 % discount ... the rule says 15 %" bug, "our security
team requires SSO via Okta", a report about a past 6-hour outage, "Overcharged - we're losing money on this",
"40 % of our catalog is gone", webhooks stopping on an Enterprise fulfilment flow, "403 Forbidden", "how do I cancel?",
"renewal quote ... looking at alternatives", platformImpactPct 21). Some tickets here take up those kinds of situation
in my own words, not the issue's ("Billed for 14 seats, we have 11", "cancel process", "SCIM for our new IdP",
"Webhooks to our fulfilment flow stopped", "403 on exports endpoint after upgrade", "Dashboard a little sluggish" with
platformImpactPct 21), because the issue names such cases as what the engine must get right; they were labelled by the
rules below like every other ticket.
HELPERS.md names the other helpers' areas. Nothing else.

JSON format (from S001): {"id", "tier", "channel", "subject", "body", "expected": {"priority", "category", "route",
"pages", "reason"}, "split"}. S001 carries no structured signals, so the key is taken from issue 15's own example
(`{"tier":"Professional","signals":{"platformImpactPct":21}}`): an object "signals" placed after "body", with the names
make_fresh11.py's docstring gives: csat (integer), sameIssueTickets (integer), lastApiCallAt (an instant string,
"2026-02-16T16:00:00Z"), urgent (true/false), platformImpactPct (number), apiErrorCode (integer). TriageCorpus.Now is
2026-03-02T17:00Z (as make_fresh11.py's docstring states), so 14+ days is at or before 2026-02-16T17:00Z.
Structured signals on 24 tickets, edge cases included: platformImpactPct 20 (no trigger), 21, 35 and 50 (Critical);
CSAT 5 (no trigger), 4, 3 and 2; sameIssueTickets 2 (no trigger), 3 and 4; lastApiCallAt 13 days 20 hours before Now
(no trigger), 14 days 1 hour, 15, 20 and 30 days; urgent true on a Low cosmetic ticket (routes, does not raise), on a
Medium, a High and a Critical ticket; urgent false on a ticket shouting "URGENT" (no mark); apiErrorCode 429 on a
how-to whose text names no code (AutoResolve, Low), 401 on a flow reruns work around (AutoResolve, Medium), 500 on a
ticket whose text mentions a 401 (the structured code decides: EngineeringEscalation), 503 with platformImpactPct 50;
churn signals where Finance or the feature-request log wins (alert only, no page).

Labelling rules: exactly those of make_fresh11.py (which copied make_fresh9.py's, make_fresh8.py's, ...), copied
below verbatim from its docstring, with every earlier writer's readings, so the sets compare.
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
Readings of my own (fresh8; the same throughout, none contradicting the above): the web app's own error page (a
"502 Bad Gateway" page in the browser) is not a TAI API error, so a whole-app outage shown that way routes as Critical
-> ChurnEscalation; a customer unsure whether a vanished workspace is "only a display thing" is still reporting
stored-data loss; another tenant's data showing up in an export is a security hole (Platform, High, legal + oncall);
an Enterprise customer asking to amend its contract (seats, invoicing cadence, addenda) is a contract change (vp);
SSO login failing for every user while the API keeps working is a feature broken without workaround (Integration,
High), not TAI down; a question about a hypothetical breach-notification duty is a security question, not a legal
issue; a typo or tooltip in the UI is cosmetic (Feature, Low) even when shouted about; a ticket that is both a
question and "consider this a request" is a feature request when the request is the main ask.
Readings of my own (fresh9; the same throughout, none contradicting the above): quoted earlier replies, forwarded
mails, signatures and confidentiality notices add no facts; the labels follow the customer's current message, and a
legal-sounding disclaimer is no legal issue; an agent's call notes are read like the customer's words. A customer
trialling or shortlisting another vendor, "starting to look at alternatives", writing that it will "probably not
renew" (also in a PS), or forwarding its CFO's instruction to terminate is threatening to leave; a procurement
question about what would happen "if we ever cancelled", a downgrade while staying and a price-match request while
saying it will stay are not. A restore that damages stored rules is data corruption (Platform, Critical); rules
restored last month and fine since are a past incident (Low). A rule or approval step failing so that the customer
pays out or ships what it should not is the customer losing money (Critical in Feature). A code the customer only
imagines ("if your API ever returned a 500") is no TAI API error; an HTML "502 Bad Gateway" page returned by the API
endpoint itself is. A 404 behind a docs help link in the web app is docs (Other). A regulator's inquiry sent to the
customer about its processing in TAI is a legal issue; a data-retention question "for GDPR" is compliance paperwork.
Another tenant's personal data in a notification e-mail is both a possible personal-data breach and a security hole
(Platform, High, legal + oncall). Login or password reset failing for the only admin is a feature broken without
workaround (Feature, High). Invoking a contract's termination clause over an outage is a threat to leave, not a
contract dispute for legal. A feature request repeated "for the third time" stays in the feature-request log (the
repeat only alerts).
Readings of my own (fresh11; the same throughout, none contradicting the above): a ticket mixing a minor and a
serious issue is labelled by the serious one (priority, category, route of the more serious; the minor one adds no
page); an internal sales rep's or CSM's escalation is read as the customer's situation it reports (a rep's own worry
about a renewal is no threat unless the customer said it); a bare "still happening" follow-up takes its facts from
the subject; a curl command or log excerpt showing a TAI API response code is that API error, a log line of the
customer's own service is not; politeness does not lower and fury does not raise the priority; a finance clerk's
question about a charge on the card is billing (Finance, Low) unless it threatens to leave.
Readings of my own (fresh12; the same throughout, none contradicting the above): a severity or priority field set by
the customer's own monitoring or ticketing tool or by a partner's form ("SEV1", "P1", "CRITICAL", "Priority (partner
view): P1") is neither an agent's urgent mark nor a fact; the labels follow what the body reports (a forwarded alert
showing a code answered by the TAI API is that API error; a forwarded [RESOLVED] alert of an incident now over is a
code in a past, already fixed incident: an incident question, Other, Low). A managed-service partner's or reseller's
form listing several end customers is one ticket labelled by its most serious item, with the partner's own tier; the
partner saying it evaluates another engine for its whole portfolio is a threat to leave; a partner asking to split or
annotate its invoices is billing paperwork, not a contract change. Phone-typed slips, missing punctuation and emoji
("dwn", "whn", "rn") are read as the words meant and add no facts; non-native phrasing is read by its meaning. Numbers
count in any spelling; an amount matters only for the > $10K Finance + CSM alert (no page); a share of the customer's
own calls failing or timing out stated in text is not the structured platformImpactPct, and the priority follows the
workaround rules (retries that get through: Medium). A structured apiErrorCode decides the route over a code named in
the text (D11); lastApiCallAt 14 days and 1 hour before Now is 14+ days, 13 days 20 hours is not; urgent false is no
mark. A conditional or announced threat ("if this isn't fixed by Friday we'd have to move to X", "we will not renew in
May unless ...", "honestly thinking of switching to another tool") is a threat to leave; "whats the process to cancel our account? we're
going with something simpler" is account closure (Billing, Finance) and a threat (High, vp); a pause "instead of paying"
while saying it will continue is billing, not a threat. A past outage named beside a current one ("it was down
yesterday and it's down AGAIN now") does not hide the current one; "it was down yesterday, fine now" adds nothing to
the ticket's other issue. The web app and API hanging until the customer's timeout, or a "maintenance" page for hours,
is TAI down with no API code (ChurnEscalation). A past incident's loss asked back as SLA service credits is Billing
(Low); the same loss claimed as damages is a liability claim (Other, High, legal); a notice invoking the termination
clause and claiming damages is both a threat to leave and a legal issue (Other, ChurnEscalation, legal + vp); a
request to place a legal hold for litigation is a legal issue (Other, High). A customer's own import or sync that
leaves stored production rules garbled or altered is stored-data corruption (Platform, Critical), whoever started it.
A revoked API key still accepted is a security hole; used to delete stored rules it is also data loss (Platform,
Critical; legal + oncall + status + vp). A TAI connector double-charging the customer's shoppers, and order webhooks
not arriving so nothing ships and orders are cancelled, are the customer losing money (Integration, Critical); a delay
that only makes the customer's staff wait (drivers leave later) is degraded service (Medium). A question on how to use
the API around a hypothetical outage (caching, fallbacks) is an API how-to (Integration, Low). A bug report with a
small request attached ("can you add a max retries?") is labelled by the bug when the bug is the main ask. A stopgap
the customer names on its own side (raise its own proxy limit, strip emoji, pin an older SDK, type lowercase) is a
workaround (Medium); "nothing on our side gets around it ... no way to release them without it" is High. A session expiring too
early (the user logs back in) is a feature misbehaving with a workaround (Feature, Medium), not a security hole. An
error page of the web app ("500 - something went wrong on our side" after clicking a button) is not a TAI API error.
A ticket that mentions its own count of tickets ("this is my third ticket about ...") carries the 3+ repeat trigger
(ChurnEscalation when no earlier route wins; the repeat does not raise the priority).
Distribution of the labels (printed by the script): route StandardSupport 68, ChurnEscalation 39, Finance 18,
EngineeringEscalation 10, FeatureRequestLog 9, AutoResolve 6; priority Low 47, Medium 42, High 33, Critical 28;
category Feature 51, Platform 32, Integration 31, Other 18, Billing 18; tier Professional 69, Enterprise 49, Starter
32; channel email 87, web 39, chat 10, slack 9, phone 5; pages none 93, oncall+status+vp 27, vp 19, legal+oncall 5,
legal 4, legal+oncall+status+vp 1, legal+vp 1 (page kinds: vp 48, oncall 33, status 28, legal 11); 34 bodies of
600-2,000 characters; 125 bodies of 20+ words; 24 tickets with structured signals.
The tickets are written grouped by priority and shuffled with a fixed seed (20261208) before the ids are given.
"""
import json, random, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=timezone.utc)  # TriageCorpus.Now (as make_fresh11.py's docstring states)


def ago(days, hours=0):
    return (NOW - timedelta(days=days, hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


FACTS = {"down", "money", "loss", "sec", "legal", "threat", "repeat", "entdeal", "bill", "fr",
         "a401", "a429", "ajson", "aeng", "fin10k"}
PRIORITIES = ["Low", "Medium", "High", "Critical"]
CATEGORIES = ["Platform", "Feature", "Integration", "Billing", "Other"]
TIERS = ["Starter", "Professional", "Enterprise"]
CHANNELS = ["email", "web", "slack", "chat", "phone"]
SIGNALS = {"csat", "sameIssueTickets", "lastApiCallAt", "urgent", "platformImpactPct", "apiErrorCode"}
TICKETS = []


def t(priority, category, tier, channel, subject, body, facts, reason, signals=None):
    TICKETS.append(dict(priority=priority, category=category, tier=tier, channel=channel, subject=subject,
                        body=body, facts=set(facts.split()), reason=reason, signals=signals))
# ---------------------------------------------------------------- Critical
P = "Critical"
t(P, "Platform", "Enterprise", "slack", "[PagerDuty] TAI API unavailable - SEV1",
  "Forwarded from our PagerDuty by the on-call bot.\n----\nIncident #88213 | Service: pricing-gateway | Severity: SEV1 (auto)\n"
  "Check: synthetic POST https://api.tai.example/v1/evaluate\nResult: HTTP 503 Service Unavailable on 100% of probes since 06:48 UTC (12 min)\n"
  "Regions: eu-west, us-east\n----\nHuman here: nothing gets priced, every checkout call to you comes back 503. Please look now.",
  "aeng down", "the TAI API answers 503 on every call: TAI down, API error code other than 401/429")
t(P, "Platform", "Professional", "chat", "tai dwn??",
  "tai dwn?? cant log in, app is just a blank white screen for the whole team 😩 nothing loads since 9am, tried chrome + safari + my phone",
  "down", "web app not loading for the whole team on every browser: TAI down (no code)")
t(P, "Feature", "Starter", "email", "Problem with the rule of conversion of currency",
  "Hello, I write from Bogotá. Since yesterday night the rule that converts our prices from COP to USD for the international shop is converting wrong. "
  "I think it is dividing two times, or something like that: "
  "the jacket of 480.000 COP, normally around USD 118, is selling at USD 1,20. We have already 19 orders like this today and the clients keep buying. We losing money with each order. Please help us urgently.",
  "money", "a currency rule evaluating wrongly so goods sell for a fraction of their price, orders still coming: losing money (Feature)")
t(P, "Platform", "Enterprise", "web", "Partner escalation form - 3 end customers (Brightline MSP)",
  "PARTNER SUPPORT FORM v2\nPartner: Brightline Managed Services (reseller account)\nSubmitted by: NOC shift lead\n\n"
  "End customer 1: Harbor Foods\n  Issue: The dashboard shows the old logo after their rebrand.\n  Impact: cosmetic\n  Priority (partner view): P4\n\n"
  "End customer 2: Vela Pharmacies\n  Issue: Their entire 'Loyalty 2026' rule folder (about 340 rules) is gone from the workspace after this morning's folder move. "
  "The audit log shows the move but the folder is empty and the rules do not show up in search or in the API list either. They did not delete anything.\n"
  "  Impact: loyalty discounts not applied in 61 pharmacies; the rules took them two months to build\n  Priority (partner view): P1\n\n"
  "End customer 3: Norte Bikes\n  Issue: Asking whether the annual plan includes a sandbox workspace.\n  Impact: question\n  Priority (partner view): P4\n\n"
  "Notes: Please treat customer 2 first. We have not touched their workspace since the move. If there is a restore point from before 08:00 CET please tell us before anyone edits.",
  "loss", "MSP form: most serious item is 340 stored rules vanished after a folder move: stored-data loss")
t(P, "Platform", "Professional", "email", "Small question about quotes",
  "Hi there, sorry to bother you, it's probably something small. Since around 2am none of our pricing rules seem to be evaluated at all - every quote our sales tool requests comes back at plain list price, "
  "no discounts, no surcharges, no tiering, for every product and every customer. Nothing changed on our side. No rush if you're busy, just wanted to flag it. Kind regards, Aileen",
  "down", "TAI evaluating no rule at all, politely said: TAI down (Platform)")
t(P, "Platform", "Professional", "web", "Dashboard a little sluggish",
  "The dashboard feels a little sluggish today, charts take a while. Is there something going on?",
  "", "structured platformImpactPct 21 > 20: widespread outage, Critical (D11, §4.4 URGENT)",
  signals={"platformImpactPct": 21})
t(P, "Platform", "Enterprise", "slack", "jobs queueing?",
  "hey are you having issues? our batch jobs to you are queueing up, nothing obvious in our logs",
  "", "structured platformImpactPct 35: widespread outage, Critical", signals={"platformImpactPct": 35})
t(P, "Feature", "Professional", "email", "Approval of refund is not checking anymore",
  "Dear support team,\nWe are sorry for the trouble. From this morning, the approval workflow for refund requests is approving all requests automatically without the check of the manager. "
  "Until now 47 refunds were paid to customers by mistake, total about ¥1,200,000, and new requests continue to be approved in the same way. We stopped the payment batch by hand but the shop staff cannot work so. "
  "Could you please confirm the cause as soon as possible?\nBest regards,\nKenji Watanabe",
  "money fin10k", "approval step skipped so refunds are paid out wrongly, still happening: losing money (Feature)")
t(P, "Integration", "Professional", "email", "Webhook order confirmation not coming",
  "Hello, webhook with order confirmation stopped to come since 6 hours. Our warehouse system waits for this webhook to ship, so nothing is shipped today, "
  "around 300 orders waiting and the courier leaves at 17:00. We lose money every hour, customers already cancel. We checked our endpoint, it is up and receives test calls from Postman. Please check on your side. Tomasz",
  "money", "order webhooks not delivered so nothing ships and orders are cancelled: losing money (Integration)")
t(P, "Platform", "Enterprise", "email", "TAI",
  "TAI is down across all our stores. Fix it now.\n-- M. Okafor, CEO",
  "down", "executive two-liner: TAI down across all stores")
t(P, "Platform", "Professional", "web", "history of rules disappeared after migration",
  "Good morning, after the migration of workspace that your team did on Saturday, the history of versions of our rules from 2025 has disappeared. "
  "We had 3.400 versions, now the history shows 0 for every rule, only the current version is there. We need this history for the auditor. Thanks, Rafael",
  "loss", "3,400 stored rule versions gone after a migration: stored-data loss")
t(P, "Platform", "Enterprise", "email", "FW: [Datadog] tai-api error budget burn - ALERT",
  "---------- Forwarded message ---------\nFrom: Datadog <alerts@dtdg.example>\nSubject: [Triggered] tai-api error budget burn\n\n"
  "Monitor: tai-api availability (synthetics, 6 locations)\nStatus: ALERT  Priority: P1 (set by monitor owner)\n"
  "Metric: synthetics.http.response.status_code != 200\nLast value: 502 on 30/30 checks since 14:02 UTC\n"
  "Sample response:\n  HTTP/1.1 502 Bad Gateway\n  server: tai-edge\n  content-type: text/html\n  <html><body><h1>502 Bad Gateway</h1></body></html>\n"
  "Notify: @pagerduty-platform @slack-ops\n---------- End forwarded message ---------\n\n"
  "Hi TAI support,\nForwarding the above from our monitoring. To be clear on what we see from the business side: since 14:02 UTC every call from our order service to your evaluate "
  "endpoint returns that 502 page, from every region we test from. We fall back to list prices in the shop, which is fine for an hour or so, but the B2B portal cannot quote at all "
  "without you, so our inside sales team of 40 is idle. We have not deployed anything today; our last change was on Thursday. Our own services are green. "
  "Could you confirm whether this is on your side and give us an ETA? Our monitor's P1 label is our own tooling's setting, but in this case it matches what we see.\n\n"
  "Thanks,\nPriya Raman\nPlatform Engineering, Oakridge Supply",
  "aeng down", "HTML 502 page returned by the TAI API endpoint on every call since 14:02: API error (not auto-resolve) + TAI down")
t(P, "Platform", "Enterprise", "phone", "Call notes - production rules corrupted by import",
  "Call with Dana (ops manager), 11:20. Yesterday evening their scheduled CSV import ran against the production rule set instead of staging. "
  "Today the rule values in production are garbled: euro signs replaced by '?', thresholds reset to 0 in about 900 rules, several rule names truncated. "
  "Customer did not edit anything after the import. Discount logic now wrong in every country store. She asked whether we keep snapshots.",
  "loss", "agent's call notes: stored production rules corrupted by an import: data corruption (Platform)")
t(P, "Platform", "Enterprise", "email", "Revoked key used to delete rules",
  "Our security team found that an API key we revoked on 20 Feb (it belonged to a contractor who has left) was used last night between 01:10 and 01:40 UTC to delete about 200 rules "
  "from our production workspace. The key shows as 'revoked' in your console. The rules are gone from the workspace and our discounts are no longer applied. "
  "We need to know how a revoked key still worked and we need the rules back.",
  "sec loss", "a revoked key still accepted (security hole) and 200 stored rules deleted: data loss -> Critical, Platform; legal + critical pages")
t(P, "Platform", "Starter", "chat", "site maintenance???",
  "ur site says 'maintenance' for 3 hrs now?? my shop cant sell anything rn bc the cart calls u for prices. losing sales every min. pls",
  "down money", "TAI showing maintenance for 3 hours, the customer's shop cannot sell: TAI down + losing money")
t(P, "Feature", "Professional", "web", "Staff discount applies to everyone",
  "Since this morning the 'Staff 50%' rule applies to every customer in our webshop, not only to logged-in staff. We have not changed the rule since November; "
  "the only change was your release at 07:00. So far roughly USD 15,000 of orders went out at half price and it is still happening. We have now taken the shop offline.",
  "money fin10k", "staff discount rule evaluating for all customers, USD 15,000 lost so far: losing money (Feature)")
t(P, "Platform", "Enterprise", "slack", "quick one",
  "Hey team, quick one, hopefully nothing 🙂 the web app and the API both return nothing for us for the last 10 min (requests just hang until our 30s timeout), status page says all green. "
  "Whenever you get a chance!",
  "down", "web app and API both unreachable for the customer, understated: TAI down (timeouts are no API code)")
t(P, "Platform", "Professional", "email", "Access to TAI",
  "It is not a small thing, it is not a display problem and it is not our network: no one on our team can open TAI at all since 8:00. "
  "Not the login page, not the API console. Other websites work fine from the same machines.",
  "down", "heavy negation around a real fact: nobody can open TAI: down")
t(P, "Platform", "Enterprise", "email", "Every mutation returns errors",
  "Since 11:00 CET every GraphQL mutation we send returns\n{\"data\": null, \"errors\": [{\"message\": \"internal error\", \"path\": [\"updateRule\"]}]}\n"
  "Queries still work, but nothing can be saved or published, and our order-release job, which writes a price lock per order, is failing for every order. "
  "Production ordering has stopped in all three warehouses.",
  "aeng down", "GraphQL errors on every write, production ordering stopped: API error (engineering) and TAI down for the customer")
t(P, "Feature", "Starter", "web", "people buying courses for free",
  "My coupon rule is stuck at 100% off!! People are buying our online courses for free — I found 23 orders at $0 since last night and more keep coming. "
  "The rule says 10% in the editor. I can't turn the shop off without losing my whole course launch.",
  "money", "coupon rule applying 100% instead of 10%, orders at $0 still coming: losing money (Feature)")
t(P, "Platform", "Enterprise", "web", "API 503 burst",
  "Our edge reports elevated failures talking to you. Investigating on our side as well.",
  "", "structured platformImpactPct 50 and apiErrorCode 503: API error to engineering, widespread outage Critical",
  signals={"platformImpactPct": 50, "apiErrorCode": 503})
t(P, "Integration", "Professional", "chat", "Shopify connector charging twice",
  "Since your Shopify connector updated itself last night, every order is charged twice to the shopper's card. 31 customers so far, we refund by hand and pay the card fees twice, "
  "and the angry emails... Please stop this.",
  "money", "TAI's Shopify connector double-charging shoppers, refunds and fees cost the customer: losing money (Integration)")
t(P, "Feature", "Enterprise", "email", "Discount approvals skipped - margin impact",
  "Team,\nFinance tells me the approval step for discounts above 20% has been skipped since Monday. Please fix today.\n-- Henrik (CFO)\n\n"
  "Details from our sales ops lead, below:\n"
  "- Since Monday 2 March, quotes with a discount above the 20% threshold go straight to 'Approved' instead of waiting for the regional director.\n"
  "- 64 quotes were approved that way; reps closed 22 deals at 35-40% off list.\n- The approval chain configuration has not changed (last edit 12 January, screenshot attached).\n"
  "- Quotes at 15% still route to the team lead approver correctly, so it looks like only the second threshold is ignored.\n"
  "- Our controller estimates the margin loss at roughly 12.000 € per working day while this continues.\n"
  "- We have asked reps to hold quotes above 20% by email, but the portal sends them to customers automatically once approved.\n"
  "Please tell us when the fix is in and whether the affected quotes can be listed from your side.",
  "money fin10k", "approval threshold skipped so deals close at unapproved discounts, 12.000 EUR/day: losing money (Feature)")
t(P, "Platform", "Professional", "slack", "down again",
  "it was down yesterday for an hour and it's down AGAIN now. login page times out, api calls time out. since 15:10.",
  "down", "past outage mentioned but a current one too: TAI down now")
t(P, "Platform", "Enterprise", "phone", "Call notes - nobody can reach TAI",
  "Caller: Luis, IT director. Since 07:30 their 400 agents cannot log in (SSO redirect never returns) and their integration gets connection timeouts from the API host, no response at all. "
  "They checked DNS and firewall. Tier 3 production customer fully unable to use the product.",
  "down", "web app and API unreachable for an Enterprise production customer: TAI down (connection timeouts, no API code)")
t(P, "Platform", "Starter", "email", "Down again - done with this",
  "Your platform is down for the third time this month and it is down right now, my booking widget shows no prices. "
  "I'm moving us to another vendor as soon as I can get the export out.",
  "down threat", "TAI down now and the customer says it is moving to another vendor: Critical + threat to leave")
t(P, "Platform", "Enterprise", "web", "Thresholds multiplied by 100 after sync",
  "After this morning's sync from the staging workspace, the numeric thresholds stored in about 120 of our production rules were multiplied by 100: "
  "a 0.5% surcharge is now 50%, a 2.5 kg weight limit is 250 kg. The staging values are correct. We have frozen publishing.",
  "loss", "stored rule values altered by a sync: data corruption (Platform)")
t(P, "Platform", "Professional", "web", "Everything is broken",
  "Everything is broken again. Nothing loads, I get a spinning wheel then 'Something went wrong' on every page of the app since lunch. My colleagues too.",
  "down", "web app's own error on every page for everyone: TAI down, no TAI API code",
  signals={"csat": 4, "urgent": True})
# ---------------------------------------------------------------- High
P = "High"
t(P, "Platform", "Professional", "email", "Shared report links open without login",
  "We noticed that the 'share' links of saved reports open for anyone who has the URL, in a private browser window, without any login. "
  "One of those reports lists our cost prices and supplier margins. A link was pasted in a public forum by mistake by an intern, that's how we found out.",
  "sec", "report links bypass authentication: access-control hole (Platform, High; legal + oncall)")
t(P, "Platform", "Enterprise", "slack", "another workspace's key in response headers",
  "heads up: your API responses to us carry an X-Debug-Token header, and base64-decoding it gives a live-looking API key that is not ours (workspace id ws_8841, we are ws_2207). "
  "We have not used it. Please rotate whatever that is.",
  "sec", "another tenant's secret leaked in API responses: security hole (Platform, High)")
t(P, "Other", "Enterprise", "email", "Formal objection to new sub-processor (DPA clause 9)",
  "Dear TAI Legal,\nFurther to your notice of 16 February listing a new sub-processor for log storage, our Data Protection Officer hereby raises a formal objection under clause 9.3 of our Data Processing Agreement. "
  "We do not consent to the transfer of our personal data to that sub-processor. Please confirm the next steps within the period the DPA provides.\nKind regards,\nLegal Department, Alder & Finch Retail",
  "legal", "DPA objection: legal issue (Other, High floor; legal page)")
t(P, "Other", "Professional", "email", "Letter from data protection office",
  "Good day. We receive letter from our national data protection office (UODO) that asks about the processing of the personal data of our customers in your system, "
  "specially the profiling of loyalty customers by your rules. They want answer in 14 days. We need from you information and maybe a person to talk. Regards, Agnieszka",
  "legal", "regulator's inquiry about processing in TAI: legal issue")
t(P, "Other", "Enterprise", "email", "Notice of claim - incident of 23 February",
  "This is to inform you that the incident of 23 February, which your status page marks as resolved, cost our company approximately USD 40,000 in lost orders and staff overtime. "
  "Our counsel will send a formal claim for damages under the limitation-of-liability clause of the MSA this week. Please preserve all records relating to the incident.",
  "legal fin10k", "past incident but a liability claim: legal issue (Other, High); >$10K only alerts")
t(P, "Feature", "Professional", "chat", "export still broken",
  "the scheduled export has been failing since last week (the job just says 'failed', no file). we need that file every morning for the stores, there's no other way to get it out. "
  "if this isn't fixed by Friday we'd have to move to Pricefx, management already asked me for a comparison",
  "threat", "export broken without workaround and a conditional threat to move to a competitor: threat to leave")
t(P, "Feature", "Starter", "web", "rule editor loses changes",
  "honestly thinking of switching to another tool. the rule editor keeps losing my unsaved changes whn i switch tabs, i've lost 2 hrs of work this week. i now save every 2 min lol",
  "threat", "thinking of switching tools = looking at alternatives: threat to leave (High floor); the bug itself has a workaround")
t(P, "Feature", "Professional", "web", "Approval emails not sent",
  "Approval request emails are not being sent at all since Tuesday. Approvers never know that a request is waiting, so nothing gets approved. We checked spam and the mail logs on our side, "
  "nothing arrives, and there is no other notification channel configured for approvals in our plan.",
  "", "approval notifications broken with no workaround: High (Feature)")
t(P, "Integration", "Enterprise", "email", "SCIM provisioning stopped",
  "SCIM provisioning from Azure AD stopped creating users around 25 Feb. The Azure provisioning log shows the requests as sent and accepted, but the users never appear in TAI. "
  "Our security policy does not allow manual invitations, so new hires simply cannot get access.",
  "", "SCIM user creation broken, manual invites not allowed: broken without workaround (Integration, High)")
t(P, "Integration", "Professional", "email", "Cannot login by Okta",
  "Hello. Our all users cannot log in by Okta SAML since yesterday evening (JST). The screen shows 'InResponseTo mismatch' and return to login page. "
  "The access by API key is working normally. Please investigate. Thank you very much for your support.",
  "", "SSO login failing for every user while the API works: Integration, High (earlier reading)")
t(P, "Feature", "Starter", "email", "reset password not working",
  "Hello, I am the only admin of our account and the link for reset password says 'expired' immediately, always, I tried 6 times, with new links each time. "
  "Nobody else can enter to change things. Obrigado, Juliana",
  "", "only admin locked out by a broken password reset: Feature, High (earlier reading)")
t(P, "Integration", "Professional", "slack", "rule.changed webhooks stopped",
  "rule.changed webhooks stopped arriving on the 3rd. our audit sync depends on them and there is no polling endpoint for changes, so our compliance log has a hole since then. "
  "the endpoint is reachable, test deliveries from your console arrive fine, only real events don't",
  "", "webhooks stopped with no alternative: Integration, High")
t(P, "Feature", "Enterprise", "web", "Simulations never finish for the full rule set",
  "Simulations never finish when we run them on our full rule set (about 650 rules); they stay at 0% until the 24h limit. With 50 rules they finish in minutes. "
  "We cannot split the set because the rules depend on each other's outputs, so a partial simulation tells us nothing. Our quarterly price review is blocked.",
  "", "simulation broken on the real rule set, splitting not possible: no workaround (Feature, High)")
t(P, "Feature", "Enterprise", "web", "Partner form - portfolio at risk (Castell IT Partners)",
  "RESELLER TICKET TEMPLATE\nReseller: Castell IT Partners   Account tier: Enterprise   Contact: partner desk\n\n"
  "Affected end customers and issues:\n"
  "  [1] Mieko Crafts - CSV export writes accented characters as '?'. Workaround: they import the file into Excel with UTF-8 chosen. Severity (reseller scale): 3/5\n"
  "  [2] Dunmore Garden Centres - asking for a dark theme for their night shift. Severity: 1/5\n"
  "  [3] Petrov Logistics - the 'copy rule' button sometimes copies the rule without its tags; they re-add tags by hand. Severity: 2/5\n\n"
  "Reseller comment:\nNone of these is big on its own, but this is the fourth month in a row our clients report export and copy problems, and our own board is reviewing our platform choice. "
  "We have started evaluating another rules engine for our whole client portfolio and will decide at the end of the quarter. We would prefer to stay; please give us a plan for the export issue.",
  "threat", "reseller evaluating another engine for its whole portfolio: threat to leave (High floor); most serious item is the export bug (Feature)")
t(P, "Integration", "Professional", "email", "422 on bulk rule create",
  "POST /v2/rules/bulk returns 422 Unprocessable Entity for every payload that has more than one condition per rule, even the example from your own docs, copied as-is. "
  "We need to create about 2,000 rules for the new season; doing it one by one in the UI is not realistic and the single-rule endpoint doesn't support the condition groups we need.",
  "aeng", "TAI API 422 on bulk create, no workable alternative: API error to engineering, High")
t(P, "Integration", "Professional", "web", "403 on exports endpoint after upgrade",
  "Since we upgraded to the Professional plan yesterday, GET /v1/exports returns 403 Forbidden with our admin key (HTTP/1.1 403, body {\"error\":\"forbidden\"}). "
  "The exports screen in the app also shows nothing. We need the export API for our BI load every night.",
  "aeng", "TAI API 403 on the export endpoint, nothing else works: API error (engineering), High")
t(P, "Platform", "Enterprise", "email", "Pen test finding: session cookies do not expire",
  "Our annual penetration test found that TAI session cookies remain valid after logout. The tester replayed a cookie captured before logout three days later and got a full admin session. "
  "Report section 4.2 attached. We classify this as high risk and need your remediation timeline.",
  "sec", "sessions valid after logout: security hole (Platform, High; legal + oncall)")
t(P, "Platform", "Starter", "email", "I got someone else's customer list",
  "I received an email from TAI this morning with the subject 'Your export is ready' and the CSV attached is not mine. It has names, emails and phone numbers of about 800 customers "
  "of a company I don't know (some bakery chain?). I have not opened it again and I'm deleting it, but you should know.",
  "sec legal", "another tenant's personal data sent to this customer: possible personal-data breach and security hole (Platform, High)")
t(P, "Billing", "Professional", "email", "Charged twice AGAIN",
  "You charged our card twice again for February (2 x $890). Refund the duplicate today or we cancel and go elsewhere. I'm not doing this every quarter.",
  "bill threat", "billing dispute with a threat to cancel: Billing/Finance, High floor, vp page")
t(P, "Feature", "Enterprise", "email", "Renewal",
  "We will not renew in May unless the approvals bug is solved. Please have someone call me.\n-- Rosa Lindqvist, COO",
  "threat", "executive note: will not renew unless fixed = threat to leave; the issue is approvals (Feature)")
t(P, "Integration", "Professional", "email", "Salesforce connector stopped syncing",
  "Since Salesforce refreshed our connected-app token on Sunday, the TAI Salesforce connector stopped syncing price books. Re-authorising from your connector page fails with "
  "'invalid_grant' from Salesforce every time. Opportunities now carry last week's prices and there is no other way for us to push prices into Salesforce.",
  "", "third-party connector broken, the error is Salesforce's own code, no workaround: Integration, High")
t(P, "Feature", "Professional", "web", "Second approver never gets the task",
  "In the two-step approval chain the second approver never receives the task. Requests stay 'Pending L2' forever. We tried reassigning the L2 approver, recreating the chain and "
  "a different browser. Nothing gets past step 2, so nothing above 10k can be approved.",
  "", "approval chain stuck at step 2 after every workaround tried: Feature, High")
t(P, "Feature", "Starter", "email", "Scheduled exports to SFTP not running",
  "Our scheduled exports to SFTP have not run since 1 March. When I click 'Export now' in the app, I get a red error page that says '500 - something went wrong on our side'. "
  "The accountant needs the file for the month-end close and I have no other way to get it.",
  "", "exports broken, the 500 is the web app's own error page (not a TAI API error): Feature, High")
t(P, "Other", "Enterprise", "email", "Legal hold request - audit logs",
  "We are party to litigation in which our 2025 pricing decisions are at issue. Our outside counsel has instructed us to place a legal hold on all records. "
  "Please confirm in writing that TAI will suspend deletion of our audit logs and rule histories for 2025 until further notice, and tell us whom counsel should contact.",
  "legal", "litigation hold request: legal issue (Other, High)")
t(P, "Other", "Enterprise", "email", "SLA breach - notice",
  "Following the three outages in February, TAI is in breach of the availability commitment in schedule 2 of our MSA. We are considering termination under clause 14.2 "
  "and will seek damages for the losses those outages caused us. Please forward this to your legal department.",
  "threat legal", "termination clause invoked (threat to leave) and damages sought (liability claim): legal + vp")
t(P, "Feature", "Professional", "web", "Approvals dashboard shows nothing",
  "The approvals dashboard has been empty for two days although we have pending requests (we see them in the email digest). Approvers cannot act on anything from the digest, only from the dashboard.",
  "", "approvals dashboard broken, no way to act: Feature, High; CSAT 4 is a churn risk",
  signals={"csat": 4})
t(P, "Feature", "Enterprise", "web", "Rule tests crash",
  "The test runner in the rule editor crashes for every rule that uses a date condition ('Unexpected token'), so we cannot validate anything before publishing, and our change policy forbids publishing untested rules.",
  "", "rule testing broken with no allowed workaround: Feature, High; agent's urgent mark routes",
  signals={"urgent": True})
t(P, "Feature", "Professional", "chat", "approve button does nothing",
  "approve btn does nothing. on phone and on desktop. clicked it like 20 times 🙃 requests just sit there. nobody in the team can approve anything since morning",
  "", "approving broken everywhere for everyone: Feature, High")
t(P, "Feature", "Starter", "email", "Export Excel prices column empty",
  "Hello, since the update of last week the export to Excel has the column of prices empty in all the rows, the other columns are fine. We need this file for our accountant every week "
  "and there is no other export with the prices. Thank you, Carmen",
  "", "export missing the prices column with no other export: Feature, High")
t(P, "Platform", "Professional", "web", "Viewer role can publish",
  "Users with the 'Viewer' role in our workspace can edit and even publish rules from the web app. We tested it with a fresh viewer account this morning. "
  "That role is supposed to be read-only; some of our viewers are external auditors.",
  "sec", "role not enforced: access-control hole (Platform, High)")
t(P, "Billing", "Starter", "web", "cancel process",
  "whats the process to cancel our account? we're going with something simpler.",
  "bill threat", "asking to cancel the account: account closure (Billing/Finance) and threat to leave (High, vp)")
t(P, "Integration", "Enterprise", "email", "Webhooks to our fulfilment flow stopped",
  "Our fulfilment flow depends on your price.locked webhook. Since 09:00 none have arrived. Nothing on our side gets around it; orders simply queue in our system and wait for the event, "
  "and we have no way to release them without it. No orders are lost so far and the customers are not affected yet.",
  "", "webhooks stopped on an Enterprise flow, no workaround, no loss stated: Integration, High")
t(P, "Integration", "Professional", "email", "Still happening - ticket 3",
  "This is my third ticket about the SAML certificate rollover: after your certificate change on the 25th nobody can sign in with our ADFS. Still no fix, still nobody can log in through SSO.",
  "repeat", "SSO broken for everyone, third ticket on the same issue: High, repeat is a churn risk (route)")
# ---------------------------------------------------------------- Medium
P = "Medium"
t(P, "Platform", "Professional", "email", "Evaluate latency",
  "Since yesterday afternoon the p95 of /v1/evaluate is about 4s for us (p50 1.1s); it used to be 300ms. Every call still succeeds, just slowly. Did something change?",
  "", "API slow but working: Platform, Medium")
t(P, "Platform", "Starter", "chat", "app super slow",
  "every page in the app takes like 10 sec to load today but it does load eventually. annoying more than anything",
  "", "whole web app slow but working: Platform, Medium")
t(P, "Feature", "Enterprise", "web", "Audit log screen takes 40 seconds",
  "The audit log screen takes about 40 seconds to open since we passed 1 million entries. Filtering by date first is faster. Other screens are fine.",
  "", "slowness confined to one screen with a workaround: Feature, Medium")
t(P, "Integration", "Professional", "email", "409 when two editors save",
  "When two people save the same rule through the API at nearly the same time, the second PUT /v1/rules/{id} gets HTTP 409 Conflict. Our client retries after re-reading the rule and that works. "
  "Is 409 expected here? It isn't in the docs.",
  "aeng", "TAI API 409 with a working retry: API error (engineering), Medium")
t(P, "Integration", "Enterprise", "slack", "500 on tag filter with umlaut",
  "GET /v1/rules?tag=Gr%C3%BCn returns 500 Internal Server Error. tags without umlauts work fine. not blocking, we renamed the tag, just reporting it",
  "aeng", "TAI API 500 on an edge case the customer calls not blocking: Medium, engineering")
t(P, "Integration", "Professional", "email", "Nightly sync slowed by rate limiting",
  "Our nightly price sync now hits 429 Too Many Requests on roughly 3 in 10 calls. Our retry with backoff gets everything through in the end, but the job takes 2 hours instead of 20 minutes "
  "and sometimes overlaps with the morning shift.",
  "a429", "429 breaking a flow the retries work around: AutoResolve, Medium")
t(P, "Integration", "Starter", "email", "Jobs fail after key rotation",
  "We rotated our API key yesterday as our policy requires. Since then our worker jobs fail with 401 Unauthorized until someone restarts the worker, after the restart they work for a few hours and then fail again.",
  "a401", "401 through the customer's own key rotation, restarts work around it: AutoResolve, Medium")
t(P, "Integration", "Professional", "web", "could not parse request body",
  "The API answers 'could not parse request body' when the product description we send contains an emoji. If we strip emoji before sending, it works. Is that a bug in your parser or ours?",
  "ajson", "malformed-JSON error with a workaround: AutoResolve, Medium")
t(P, "Feature", "Starter", "email", "SKUs lose leading zeros in export",
  "CSV export drops the leading zeros of our SKUs (00451 becomes 451). We fix it in Excel with a formula each time, but it's a pain.",
  "", "export misbehaving with a manual workaround: Feature, Medium")
t(P, "Feature", "Professional", "web", "VIP rule does not match some customers",
  "Our 'VIP gold' rule does not match about 15 customers who should be gold according to our CRM. Maybe our customer data sync is wrong, maybe the rule — we honestly can't tell. "
  "We apply their discount manually for now.",
  "", "potential bug the customer cannot place, manual workaround: Feature, Medium")
t(P, "Integration", "Enterprise", "email", "Webhooks arriving late",
  "Webhooks have been arriving 5 to 10 minutes late since Friday (they used to arrive within seconds). They all arrive eventually. Our dispatcher waits for them, so drivers leave a bit later.",
  "", "webhooks delayed but delivered: degraded, Integration, Medium")
t(P, "Feature", "Professional", "email", "Report total and export do not agree",
  "The margin report for February shows 41,230 in total, the export of the same report gives 40,987. Same filters. We're not sure if one of our filters is handled differently or it's a bug. "
  "We use the export figures for now.",
  "", "report and export disagree, customer unsure: Feature, Medium")
t(P, "Integration", "Professional", "email", "Node SDK 5.2 throws on empty arrays",
  "tai-sdk for Node 5.2.0 throws 'TypeError: Cannot read properties of undefined' when a rule has an empty conditions array. Pinning 5.1.4 works. Stack trace below.\n"
  "    at mapConditions (node_modules/tai-sdk/dist/rules.js:88:31)\n    at Array.map (<anonymous>)\n    at RulesClient.list (node_modules/tai-sdk/dist/rules.js:140:22)",
  "", "SDK crash with an older SDK as workaround; no TAI API code: Integration, Medium")
t(P, "Platform", "Enterprise", "email", "Occasional timeouts on evaluate",
  "About 0.5% of our evaluate calls time out after 30 seconds with no response at all; a retry always succeeds within 200ms. It started on Monday. Not critical for us, but we'd like to understand it.",
  "", "intermittent API timeouts (no answer, no code) that retries get through: API degraded, Platform, Medium")
t(P, "Feature", "Professional", "web", "Tag filter in rule list broken",
  "Filtering the rule list by tag shows no rules for tags with capital letters. Searching by name works, so we manage, but it's slow with 900 rules. This is the third ticket we open about it.",
  "", "filter broken with a workaround; structured sameIssueTickets 3: churn risk route",
  signals={"sameIssueTickets": 3})
t(P, "Feature", "Starter", "web", "Duplicate rule loses schedule",
  "When I duplicate a rule, the copy has no schedule (start/end dates), I set them again by hand.",
  "", "duplicate misbehaves, manual workaround; sameIssueTickets 2 is below the trigger",
  signals={"sameIssueTickets": 2})
t(P, "Feature", "Professional", "email", "Simulation results page cut off",
  "The simulation results page only shows the first 100 rows; the CSV download has all of them, so we use that.",
  "", "results page misbehaving with a workaround; CSAT 5 is not < 5",
  signals={"csat": 5})
t(P, "Feature", "Professional", "email", "notification digest duplicates",
  "The daily notification digest arrives three times every morning since last week. We just delete two of them, but people are confused.",
  "", "notifications misbehaving, harmless workaround; CSAT 3 is a churn risk",
  signals={"csat": 3})
t(P, "Integration", "Enterprise", "web", "SCIM groups not synced",
  "SCIM creates our users fine, but group membership from Azure AD is not synced, so new users land without a role. Our admins assign roles by hand each morning.",
  "", "SCIM partly broken with a manual workaround: Integration, Medium; agent's urgent mark routes",
  signals={"urgent": True})
t(P, "Feature", "Starter", "email", "Coming back - rule import questions",
  "Hi, we paused our use of TAI over the holidays and are coming back now. The rule import from our old spreadsheet stops at row 1000 without a message; splitting the sheet works. Is there a limit?",
  "", "import stops at 1000 rows, splitting works: Feature, Medium; no API call for 14+ days (15 days) is a churn risk",
  signals={"lastApiCallAt": ago(15)})
t(P, "Feature", "Professional", "email", "Import truncates at 1000 rows",
  "Import of CSV takes only the first 1000 rows, the rest is ignored without any warning. We split into files of 1000 and it works, but we didn't notice for two weeks.",
  "", "import drops rows (never stored), splitting works: Feature, Medium (earlier reading); lastApiCallAt 13 days 20 hours ago is not 14+",
  signals={"lastApiCallAt": ago(13, 20)})
t(P, "Platform", "Enterprise", "email", "FW: [Grafana] TAI latency above threshold - CRITICAL",
  "=== Forwarded alert ===\n[ALERTING] TAI p99 latency\nSeverity: CRITICAL (rule: tai-latency-p99, owner: sre-team)\nValue: p99 = 1.2 s  Threshold: 1 s  For: 15m\nLabels: env=prod, region=eu-central\n=== End ===\n\n"
  "Our tooling fires 'critical' for anything above 1s. Calls still succeed, only slower. Can you check if there is a slowdown on your side?",
  "", "forwarded alert with the customer's own 'CRITICAL' severity: API slow but working, Platform, Medium; no page")
t(P, "Feature", "Professional", "web", "A few things after the update",
  "A few things since the update:\n- the date picker in the rule editor shows Sunday as first day of week\n- tooltips on the simulation page are cut off\n"
  "- rule versions compare view shows the wrong 'before' value for price conditions; we compare by opening both versions side by side\n- the favicon is still the old one",
  "", "list of issues labelled by the most serious: versions compare view wrong with a workaround (Feature, Medium)")
t(P, "Feature", "Starter", "chat", "logged out all the time",
  "app logs me out evry 5 min!!! so annoying. i log back in and continue but cmon",
  "", "session expiring too early, logging back in works: Feature, Medium")
t(P, "Feature", "Professional", "email", "Dashboard slow after yesterday",
  "It was down yesterday for about 40 minutes, fine now, thanks for fixing. Since then the dashboard charts take 20-30 seconds to refresh, other screens are normal. We can live with it but wanted to mention it.",
  "", "past outage adds nothing; one slow screen that works: Feature, Medium")
t(P, "Integration", "Professional", "email", "Intermittent 503",
  "Not urgent, but roughly 1 in 200 calls to /v1/evaluate returns 503 Service Unavailable since the weekend. Retrying once always works.",
  "aeng", "TAI API 503 intermittently, retry works: API error to engineering, Medium")
t(P, "Integration", "Starter", "email", "502 at our webhook receiver",
  "Our nginx returns 502 when forwarding your webhooks to the receiver container for big payloads (over 1 MB). Smaller payloads go through, and raising our own proxy limit would probably do as a stopgap. Could you send smaller payloads or is there a setting?",
  "", "the 502 is the customer's own proxy, not a TAI API error; webhook delivery partly failing with a setting to try: Integration, Medium")
t(P, "Feature", "Enterprise", "slack", "rule list search case sensitive",
  "THIS IS A CATASTROPHE. search in the rule list is case sensitive now, 'Promo' finds nothing and 'promo' finds everything. our people type whatever. we tell them lowercase for now",
  "", "dramatic wording of a search bug with a workaround: Feature, Medium")
t(P, "Feature", "Professional", "web", "Partner form - 2 clients (Lumen Digital)",
  "PARTNER FORM\nPartner: Lumen Digital  Tier: Professional\n\nClient A (Osaka Tea House): the Japanese translation of the 'Approve' button is cut off in the mobile view. Impact: cosmetic.\n"
  "Client B (Kraków Auto Parts): the bulk-edit of rule priorities only saves the first 50 selected rules; they repeat the bulk edit in batches of 50. Impact: extra work, about 20 minutes a week.\n\n"
  "Please handle B first.",
  "", "MSP form: most serious item is bulk edit saving only 50 with a batch workaround: Feature, Medium")
t(P, "Platform", "Professional", "email", "Platform slow - platform impact reported at 20%",
  "Everything works but the app and API feel slower than usual today, maybe twice the normal response time.",
  "", "slow but working; structured platformImpactPct 20 is not > 20: Platform, Medium, no page",
  signals={"platformImpactPct": 20})
t(P, "Integration", "Enterprise", "email", "GraphQL paging returns duplicates",
  "The rules query with cursor paging returns some rules twice across pages (about 3 in every 500) and skips others when rules are updated during paging. "
  "We page with a timestamp filter instead and that seems complete. No errors returned, just the wrong pages.",
  "", "API call misbehaving in form (paging), workaround exists: Integration, Medium")
t(P, "Feature", "Starter", "web", "Bundle rule applies twice on cart refresh",
  "Our 'bundle 3 for 2' rule shows the free item twice in the cart preview when the customer refreshes the page. At checkout the price is right. We told staff to ignore the preview.",
  "", "preview shows a wrong result, checkout correct: Feature, Medium")
t(P, "Integration", "Professional", "chat", "python sdk retry storm",
  "tai python sdk 4.x retries forever on connection reset and floods our logs. we wrapped the call with our own timeout, works. can you add a max retries?",
  "", "SDK misbehaving with a workaround; the request is secondary: Integration, Medium")
t(P, "Feature", "Enterprise", "phone", "Call notes - approvals delegation",
  "Caller: Ines (procurement). When an approver sets an out-of-office delegate, requests still go to the absent approver. They reassign by hand from the admin screen, takes a few minutes per request. "
  "Not urgent for them, wanted it logged.",
  "", "agent's call notes: delegation broken, manual reassignment works: Feature, Medium")
t(P, "Integration", "Professional", "email", "Webhook signatures fail after secret rotation",
  "After rotating the webhook signing secret in your console, about half of the deliveries for the next hour failed our signature check (old secret still used?). "
  "After an hour all were fine again. We replayed the failed ones from your console. Will this happen every rotation?",
  "", "webhook signing inconsistent during rotation, replay worked: Integration, Medium")
t(P, "Feature", "Professional", "web", "Price rounding rule",
  "Our rounding rule (round to .99) rounds 10.005 to 10.99 instead of 9.99 for a handful of products. We corrected those prices with an override rule. Could be our data, could be the rule engine?",
  "", "rule result wrong on a few items, override in place, unsure whose: Feature, Medium")
t(P, "Integration", "Starter", "email", "Zapier connector misses some triggers",
  "The TAI Zapier app misses maybe 1 out of 10 'new approval' triggers. We re-run the Zap by hand when we notice.",
  "", "third-party connector missing events, manual rerun: Integration, Medium")
t(P, "Feature", "Enterprise", "email", "Notifications in wrong time zone",
  "Expiry notifications for rules are sent at 02:00 our time instead of 09:00; the schedule seems to use UTC instead of the workspace time zone (Asia/Tokyo). "
  "We set the schedule to 00:00 UTC as a workaround. Please check when you can.",
  "", "notification schedule ignores the time zone, workaround set: Feature, Medium")
t(P, "Integration", "Professional", "email", "401 on evaluate - structured code",
  "Our job fails with 401 every few hours since we moved to short-lived tokens; rerunning it works.",
  "", "structured apiErrorCode 401 on a flow that reruns work around: AutoResolve, Medium",
  signals={"apiErrorCode": 401})
t(P, "Integration", "Enterprise", "web", "errors from rules endpoint",
  "We see errors from the rules endpoint in about 2% of calls since the last release, payload looked like a 401 in our logs at first but the code in the response is different. Retries mostly work.",
  "", "structured apiErrorCode 500 decides over the text (D11): API error to engineering, retries work: Medium",
  signals={"apiErrorCode": 500})
t(P, "Feature", "Professional", "email", "Export email link expires too fast",
  "The link in the 'your export is ready' email expires after 10 minutes, so by the time our finance people open it, it's gone. We download from the Exports screen in the app instead.",
  "", "export email link expiring, app download works: Feature, Medium")
t(P, "Platform", "Starter", "web", "API slow from Brazil",
  "Olá, the API is very slow for us in São Paulo since Monday, around 2,5 s per call when normally 0,4 s. It works, only slow. Our checkout feels heavy.",
  "", "API slow but working: Platform, Medium")
# ---------------------------------------------------------------- Low
P = "Low"
t(P, "Feature", "Professional", "email", "Dark mode",
  "Not urgent but could you add a dark mode? Our night shift works on the rule editor from 22:00 to 06:00 and the white screen is hard on the eyes.",
  "fr", "feature request: FeatureRequestLog, Low")
t(P, "Feature", "Enterprise", "email", "SCIM for our new IdP",
  "Our IT security policy says we need SCIM provisioning from JumpCloud before we can roll TAI out to the second business unit. Is this on your roadmap? Please take it as a formal request.",
  "fr", "feature request about SCIM (security team's requirement is no security issue): Feature, Low")
t(P, "Feature", "Starter", "chat", "idea",
  "just an idea: would be awesome if the rule editor had a 'duplicate with dates shifted by a year' button 🙏",
  "fr", "feature request: Low")
t(P, "Feature", "Professional", "web", "Export to Google Sheets",
  "Would be great if scheduled exports could go straight to a Google Sheet instead of SFTP. We'd use it every day.",
  "fr", "feature request: Low")
t(P, "Feature", "Enterprise", "slack", "request: approval by Slack",
  "feature request from our finance team: approve/reject requests straight from a Slack message. third time we ask for this btw",
  "fr", "feature request repeated: stays in the feature-request log (repeat only alerts)")
t(P, "Feature", "Professional", "email", "Webhook for simulation finished",
  "Hola, we would like to have a webhook when a simulation finishes, so our pipeline does not need to ask every minute. Is it possible to add it? Gracias, Lucía",
  "fr", "feature request for a webhook: Feature (reading), Low")
t(P, "Feature", "Starter", "web", "Polish translation",
  "Please consider adding Polish language to the interface, our store staff speaks no English very well. Thank you, Marek",
  "fr", "feature request: Low")
t(P, "Feature", "Professional", "email", "Bulk archive request",
  "We have 2,300 expired rules. Could you add bulk archive to the rule list? Selecting 50 at a time is slow. Not a bug, just a wish.",
  "fr", "feature request as the main ask: Low; structured CSAT 2 only alerts when the feature-request log wins",
  signals={"csat": 2})
t(P, "Feature", "Enterprise", "email", "Roadmap question + request: rule comments",
  "Two things: is there a way to leave comments on a rule today? If not, consider this a request: threaded comments on rules, with mentions, for our reviewers.",
  "fr", "question plus 'consider this a request', the request is the main ask: feature request")
t(P, "Feature", "Starter", "email", "EMERGENCY!!! wrong logo",
  "EMERGENCY!!! The favicon in the browser tab is still your OLD logo 😱😱😱 our brand team is freaking out, please fix ASAP!!!",
  "", "shouting about a cosmetic issue: Feature, Low")
t(P, "Feature", "Professional", "web", "URGENT typo",
  "URGENT: the button says 'Aprove' on the approvals page. Please fix.",
  "", "typo shouted as urgent, no agent mark: Feature, Low", signals={"urgent": False})
t(P, "Feature", "Enterprise", "web", "Date format in dashboard",
  "The dashboard shows dates as MM/DD/YYYY although our workspace locale is de-DE. Everything else is fine.",
  "", "cosmetic: Feature, Low; agent's urgent mark routes but does not raise",
  signals={"urgent": True})
t(P, "Feature", "Starter", "chat", "button overlap",
  "on my phone the save button covers the last field of the rule form, i scroll and its fine",
  "", "cosmetic layout issue: Feature, Low")
t(P, "Billing", "Professional", "email", "Billed for 14 seats, we have 11",
  "Billed too much again: our February invoice bills 14 seats, we have 11 users. Honestly your invoices are making us lose money every month. Please correct and credit.",
  "bill", "billing dispute (invoices 'making us lose money' is no business loss): Billing, Low")
t(P, "Billing", "Enterprise", "email", "Quote in EUR vs invoice in USD",
  "Our renewal quote said 12.000 € per year, the invoice says USD 15,000. Which one is right? Our AP team will hold payment until we know.",
  "bill fin10k", "invoice question: Billing, Low; >$10K only alerts Finance + CSM")
t(P, "Billing", "Enterprise", "email", "Price match for renewal",
  "Our renewal is in April. A competitor offered us the same scope for about 20% less. We'd like to stay with TAI; if you can match that price, we'll sign for three years.",
  "bill entdeal", "Enterprise price negotiation while staying: Billing, Low, vp page")
t(P, "Billing", "Enterprise", "email", "Contract amendment - seats and invoicing",
  "We would like to add 40 seats from April and move from annual to quarterly invoicing. Please send the amendment for signature.",
  "bill entdeal", "Enterprise contract change: Billing, Low, vp page")
t(P, "Billing", "Enterprise", "phone", "Reduce seats at renewal",
  "Call notes: Grace (IT procurement) called. They will reduce from 120 to 90 seats at renewal because the team was restructured. They are staying on Enterprise and asked who handles the contract change.",
  "bill entdeal", "Enterprise seat reduction while staying: contract change (vp), not a threat")
t(P, "Billing", "Professional", "web", "Downgrade to Starter",
  "We'd like to downgrade to Starter from next month, we don't need simulations anymore. We're happy with TAI otherwise.",
  "bill", "downgrade while staying: billing, Low, no threat")
t(P, "Billing", "Starter", "email", "Does my plan include SSO?",
  "Does the Starter plan include SSO with Google Workspace, or do we need to upgrade?",
  "bill", "'does my plan include X?': Billing, Low")
t(P, "Billing", "Professional", "email", "Invoice split per end customer (reseller)",
  "Partner billing request (Lumen Digital): from April please split our monthly invoice per end customer (7 sub-workspaces) with their PO numbers on each line. Template attached.",
  "bill", "reseller invoice paperwork: Billing, Low (no contract change asked)")
t(P, "Billing", "Professional", "email", "Service credits for last week",
  "Last Tuesday's outage (resolved after 2 hours) cost us about $3k in missed sales. We're not angry, these things happen — could we get the service credits the SLA mentions?",
  "bill", "past incident over; request for service credits: Billing, Low")
t(P, "Billing", "Enterprise", "email", "Renewal date?",
  "What's our renewal date and who on your side signs the order form? — CFO",
  "bill", "contract question: Billing, Low (no change or negotiation asked)")
t(P, "Billing", "Professional", "email", "VAT number on invoice",
  "Hallo, please add our VAT number DE 814 553 201 to the invoices, since January it is missing. Danke.",
  "bill", "invoice paperwork: Billing, Low")
t(P, "Billing", "Starter", "phone", "card charge",
  "Caller (office manager, small bakery): there is a charge of $49 on their card from TAI on the 1st, wants to know what it is for; she thought they were still on the free trial.",
  "bill", "finance clerk's question about a card charge: Billing, Low")
t(P, "Billing", "Professional", "email", "Close the test sub-account",
  "Please close our sub-account 'acme-sandbox-old', we don't use it anymore. Our main account stays as is.",
  "bill", "closing a secondary sub-account while staying: account paperwork, Low")
t(P, "Billing", "Professional", "email", "Invoice address still wrong",
  "Our invoice still shows the old address in Rua Augusta. This is the fourth time I write about it. Please correct it.",
  "bill", "invoice paperwork; sameIssueTickets 4 only alerts when Finance wins",
  signals={"sameIssueTickets": 4})
t(P, "Billing", "Starter", "email", "Pausing our subscription",
  "We haven't used TAI since January because our shop is closed for renovation. Can we pause the subscription for two months instead of paying? We reopen in May and will continue.",
  "bill", "pause while staying: billing, Low; 30 days without API calls only alerts when Finance wins",
  signals={"lastApiCallAt": ago(30)})
t(P, "Billing", "Professional", "email", "Refund of annual prepayment difference",
  "We moved from monthly to annual in February. Could you refund the difference of 0.5 months that we prepaid (USD 445)?",
  "bill", "refund request: Billing, Low")
t(P, "Other", "Professional", "email", "RCA for yesterday",
  "TAI was down yesterday from 14:00 to 14:40 CET, fine now. Our management asks for an RCA. Can you send one?",
  "", "past incident now over, RCA request: Other, Low")
t(P, "Other", "Enterprise", "email", "Board question",
  "Board asked why TAI was down on Monday morning. Need the RCA by Friday. Thanks.\n-- J. Beaumont, CEO",
  "", "executive note asking for an RCA of a past outage: Other, Low")
t(P, "Other", "Enterprise", "email", "SOC 2 report and questionnaire",
  "For our annual vendor review please send your latest SOC 2 Type II report and fill in the attached security questionnaire (112 questions) by 31 March.",
  "", "compliance paperwork: Other, Low")
t(P, "Other", "Professional", "email", "Encryption at rest?",
  "Quick security question from our IT: do you encrypt rule data at rest, and with what (AES-256?). Also, where are the backups kept?",
  "", "question about security: Other, Low (no security issue)")
t(P, "Other", "Starter", "web", "GDPR retention",
  "For GDPR, how long do you keep our customers' data after we delete a rule or close a workspace?",
  "", "data-retention question for GDPR: compliance paperwork (Other, Low)")
t(P, "Other", "Professional", "email", "Thank you!",
  "Just wanted to say thanks to Mateo for the quick help last week with our rule migration. Muito obrigado!",
  "", "thanks: Other, Low")
t(P, "Other", "Starter", "web", "Help link gives 404",
  "The 'Learn more' link under the rule priority setting goes to a 404 page on your docs site.",
  "", "broken docs link: docs (Other, Low)")
t(P, "Integration", "Professional", "email", "Failover recommendation",
  "Hypothetically, if TAI went down during our Black Friday peak, what do you recommend? Cache last prices on our side? Is there a documented fallback pattern?",
  "", "hypothetical outage question carries no outage; how to use the API around one: API how-to (Integration, Low)")
t(P, "Other", "Enterprise", "email", "What if we delete a workspace by mistake?",
  "If someone deleted a workspace by mistake, could you restore it, and how far back? Nothing happened, we're writing our runbook.",
  "", "hypothetical data loss question: Other, Low")
t(P, "Other", "Professional", "email", "How to copy rules to another workspace",
  "Please teach me how to copy a rule to another workspace in the web app. I cannot find the function. Thank you in advance, Yuki",
  "", "web-app how-to: Other, Low")
t(P, "Integration", "Starter", "email", "401 - how to make a new key?",
  "Getting 401 from the API since this morning, I think my key expired (we created it a year ago). How do I create a new one?",
  "a401", "401 through an expired key, asked as a how-to: AutoResolve, Low")
t(P, "Integration", "Professional", "email", "Raising limits",
  "How do we raise our API rate limits? Our load test next week will go to about 300 requests per second.",
  "", "how-to; structured apiErrorCode 429 routes to auto-resolve: Integration, Low",
  signals={"apiErrorCode": 429})
t(P, "Integration", "Professional", "web", "Pagination in v2?",
  "Does the v2 rules API use cursor or offset pagination? The docs page shows both in different examples.",
  "", "API how-to: Integration, Low")
t(P, "Integration", "Starter", "email", "How to verify webhook signatures",
  "What header do you put the webhook signature in, and which hash? We want to verify in PHP.",
  "", "webhook how-to: Integration, Low")
t(P, "Other", "Starter", "web", "Where do I find the audit log",
  "where do i see who changed a rule? I'm the new admin and nobody showed me",
  "", "web-app how-to: Other, Low; 20 days without API calls is a churn risk",
  signals={"lastApiCallAt": ago(20)})
t(P, "Other", "Professional", "email", "Export of rules for auditor",
  "Our auditor asks for a list of all active rules with their owners. Is there a way to get that from the app?",
  "", "web-app how-to; 14 days and 1 hour without API calls is 14+: churn risk",
  signals={"lastApiCallAt": ago(14, 1)})
t(P, "Other", "Enterprise", "email", "What happens to our data if we leave?",
  "Procurement question for our vendor file: if we ever decided not to renew, how would we get our rules and history out, and when would you delete them? We're not planning anything, it's for the file.",
  "", "procurement question about a hypothetical cancellation: no threat; Other, Low")
t(P, "Other", "Professional", "email", "FW: [RESOLVED] tai-api 5xx rate",
  "----- forwarded -----\n[RESOLVED] tai-api 5xx rate > 2%  (severity: high, set by our alert policy)\nTriggered 03:12 UTC, resolved 03:31 UTC. Peak: HTTP 500 on 6% of calls.\n----- end -----\n"
  "This cleared by itself overnight and everything has been normal since. Could you tell us what happened, for our weekly ops review?",
  "", "code in a past, already-fixed incident is no current TAI API error: incident question, Other, Low")

# ---------------------------------------------------------------- longer bodies (each its own text; no new facts)
LONGER = {
    "[PagerDuty] TAI API unavailable - SEV1":
        "Timeline (from the bot):\n06:48 first failed probe (503)\n06:50 auto-escalated to secondary on-call (Marta)\n"
        "06:53 Marta confirmed from a laptop outside our network: same 503 with curl -i\n06:55 web shop switched to its emergency flat prices; marketplace feeds and B2B orders cannot use that switch\n"
        "06:58 our status page updated ('pricing degraded')\n07:00 ticket opened with TAI\n"
        "Runbook note: we have not changed credentials, IP allow-lists or request format this week. Request ids of three failed calls: 9f1c-22a0, 9f1c-22b7, 9f1c-2301.",
    "Small question about quotes":
        "In case it helps, what I checked this morning: I opened three rules in the editor and they look exactly as before (active, right dates, right customer groups). "
        "I ran the built-in test for our 'Volume tier B' rule and the test panel also returns the list price with the note 'no rules evaluated'. "
        "A colleague in the Dublin office sees the same in her quotes, so it is not just my login. Our sales tool integration has been untouched since December. "
        "We can keep writing quotes by hand for a while, our team is small. Thank you so much, and again, sorry if this is something on our end that I missed.\nAileen Byrne, Sales Operations",
    "Approval of refund is not checking anymore":
        "Examples of requests approved without the manager (request number / amount / time):\nRF-20931 / ¥38,000 / 08:12\nRF-20934 / ¥112,500 / 08:40\n"
        "RF-20940 / ¥9,800 / 09:05\nRF-20951 / ¥64,000 / 09:31\nIn the history of each request, the step 'Manager approval' shows 'skipped (condition not met)', "
        "but the amount is over our limit of ¥5,000 so the condition should be met. We did not change the workflow since December.",
    "Problem with the rule of conversion of currency":
        "What we see in the rule: the rule 'Intl price USD' takes the base price in COP and multiplies by the rate that we load every morning (today 0,000245). "
        "In the test of the rule with 480.000 COP the result is USD 117,60, correct. But in the checkout of the shop the price is USD 1,20, like the rate is applied two times. "
        "We did not change anything in the shop or the rule since January. Orders of today with the wrong price: 19 until now, and we can not stop the shop because the national customers use the same checkout.",
    "Revoked key used to delete rules":
        "Our timeline so far:\n- 20 Feb 10:02 UTC: key tai_live_...7c1e revoked in your console by our admin (we have the screenshot and your confirmation email).\n"
        "- 2 Mar 01:10-01:40 UTC: your audit log shows 203 'rule.deleted' events by that key, from an IP address in a hosting range we do not use.\n"
        "- 2 Mar 07:30 UTC: store managers report discounts missing; we found the rules gone.\n"
        "We have since revoked every key of the workspace and created new ones. Please keep all logs for that key and tell us whether any other data was read with it.",
    "Call notes - production rules corrupted by import":
        "Details from the call: import job 'nightly-price-sync' was edited on Friday by a new team member who picked the production workspace from the dropdown. "
        "The job ran at 21:00 yesterday and reported 'completed, 912 rules updated'. Their CSV was UTF-8 with BOM, which may explain the '?' characters, but the thresholds at 0 are not in the file. "
        "Customer has disabled the job. Their discounts in 6 country stores are now wrong (some 0%, some full price). Promised a call back within the hour.",
    "Every mutation returns errors":
        "Repro from our side:\ncurl -s https://api.tai.example/graphql -H 'Authorization: Bearer ***' \\\n"
        "  -d '{\"query\":\"mutation { updateRule(id: \\\"r_118\\\", input: {active: true}) { id } }\"}'\n"
        "-> {\"data\":null,\"errors\":[{\"message\":\"internal error\",\"path\":[\"updateRule\"],\"extensions\":{\"traceId\":\"c0a8-77f1\"}}]}\n"
        "The same for createPriceLock and publishRuleVersion. Read queries (rules, priceLocks) answer normally. We tried a second API key and a second client library, same result.",
    "Formal objection to new sub-processor (DPA clause 9)":
        "-----Original Message-----\nFrom: TAI Notifications\nSent: 16 February 2026\nSubject: Update to our list of sub-processors\n"
        "We are writing to let you know that we will add a sub-processor for log storage from 18 March 2026. You can find the updated list on our trust page.\n-----End Original Message-----\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.",
    "Letter from data protection office":
        "The letter has these questions (I translate):\n1. Which categories of personal data of customers are processed in the system of the supplier.\n"
        "2. Where the data are stored and if there is transfer outside of EEA.\n3. If there is automated decisions that have legal effects for the customers (prices only for some groups).\n"
        "4. The contract of processing (DPA) and the list of sub-processors.\nWe have the DPA signed in 2024. For question 3 we are not sure how to answer, because your rules decide the loyalty prices.",
    "export still broken":
        "job history from the app:\n02-24 06:00 failed\n02-25 06:00 failed\n02-26 06:00 failed\n02-27 06:00 failed\n03-02 06:00 failed\n"
        "clicking 'run now' gives the same 'failed' after ~2 min, no message. tried a smaller date range, a different format (xlsx instead of csv) and a new export definition from scratch, all fail. "
        "the stores print the price labels from this file at 7, right now they're using last week's file and it's getting wrong.",
    "Simulations never finish for the full rule set":
        "Environment notes: workspace 'eu-prod', 652 active rules, 41 rule groups, 3 price lists; simulation scope 'all products' (about 18,000 SKUs) over one week of orders. "
        "We tried: running at night, reducing the order window to one day, removing the two rules with regex conditions, a different browser and the API endpoint for simulations. "
        "In every case the progress stays at 0% and the run is cancelled after 24 hours. Smaller sets of 50-100 rules finish in 3-8 minutes. The last full simulation that finished was on 9 February.",
    "Pen test finding: session cookies do not expire":
        "Reproduction (from the report):\n1. Log in as a workspace admin in browser A; copy the session cookie.\n2. Click 'Log out' in browser A; confirm the login page is shown.\n"
        "3. Three days later, in browser B, set the copied cookie and open /app/rules.\n4. Full admin session; rules can be edited and users invited.\n"
        "The tester also saw that changing the user's password did not end the old session. Our CISO asks for a written response and a remediation date for the finding.",
    "SCIM provisioning stopped":
        "From the Azure provisioning log (one of about 30 similar entries):\n  Action: Create  Target: TAI  Status: Success  Source: maria.k@ourco.example\n"
        "  Response from target: accepted\nYet maria.k@ourco.example does not exist in TAI and cannot log in. Updates to existing users still come through (we changed a surname as a test). "
        "We restarted provisioning and re-ran 'provision on demand' for two users, same result. Twelve new hires are waiting.",
    "Salesforce connector stopped syncing":
        "What we tried: disconnect and reconnect the connector with our integration user and with a system administrator, "
        "relaxing the IP restrictions of the connected app, creating a new connected app and pasting the new consumer key into your connector settings. "
        "Each attempt ends on your connector page with the Salesforce message 'invalid_grant: authentication failure'. "
        "Our Salesforce admin sees the login attempts in the login history as failed with 'Failed: OAuth token expired'. Other Salesforce integrations we run are fine.",
    "Cannot login by Okta":
        "Details: IdP is Okta (our tenant ourco-jp.okta.com), SP-initiated flow. The error appears after the Okta login, on your ACS page. "
        "We did not change the Okta app. We tried IdP-initiated login from the Okta dashboard, same message. Our 85 users cannot work in the web app; "
        "only our integration that uses the API key continues. We have no local password accounts because of our policy. Sorry for the long message.",
    "Evaluate latency":
        "Measurements from our side (same request mix, 10k calls each):\n  27 Feb: p50 110 ms, p95 300 ms, p99 520 ms\n  1 Mar:  p50 1.1 s, p95 4.0 s, p99 6.8 s\n"
        "No errors, no timeouts (our client waits up to 15 s). Region: us-east. Payload sizes unchanged. We measured from two different hosting providers and see the same, so it doesn't look like our network. "
        "Our checkout still works but feels slow. Happy to share a HAR file or run a trace with your engineers if needed.",
    "Node SDK 5.2 throws on empty arrays":
        "Environment: Node 20.11, tai-sdk 5.2.0 (5.1.4 fine), TypeScript 5.3, running in AWS Lambda.\n"
        "Minimal repro:\n  const rules = await client.rules.list({ tag: 'draft' });\n  // one of the returned rules has conditions: []\n"
        "Expected: the rule comes back with an empty conditions list. Actual: the TypeError above, and the whole list call fails. "
        "We pinned 5.1.4 in package.json for now.",
    "A few things after the update":
        "More detail on the compare view: when we open 'Compare versions' for a rule whose price condition changed from 49.90 to 44.90, both the 'before' and 'after' columns show 44.90. "
        "Conditions on dates and customer groups compare correctly. Opening the two versions in separate tabs shows the right values, so our reviewers do that for now. "
        "The date picker and tooltip points are small, we only list them because we were writing anyway. Screenshots of all four attached.",
    "Occasional timeouts on evaluate":
        "Numbers for the last 48 h: 1,284,000 calls, 6,410 timeouts (0.5%), all at exactly our 30 s client timeout, no HTTP status received. "
        "The timeouts are spread over the day with no clear peak. We run in eu-west and call api.tai.example over the public internet. "
        "Our retry (one retry after 500 ms) succeeds in every case, typical latency of the retry 150-200 ms. We can send the request ids of some timed-out calls if useful.",
    "GraphQL paging returns duplicates":
        "Query we use:\n  query($after: String) { rules(first: 500, after: $after, orderBy: UPDATED_AT) { edges { node { id updatedAt } } pageInfo { endCursor hasNextPage } } }\n"
        "Run over our 9,800 rules: 9,812 nodes returned, 19 duplicates, 7 rules missing. Running the same while nobody edits gives 9,800 exactly, so it seems linked to updates during paging. "
        "Our workaround uses updatedAt_lt with a fixed timestamp and pages by id.",
    "Webhooks arriving late":
        "Sample of delivery delays (event created -> received by us):\n  Thu: 1-3 s\n  Fri: 4-9 min\n  Sat: 5-10 min\n  Mon: 5-10 min\n"
        "No deliveries are missing when we compare against the events list in your console, and none are marked failed. Our receiver answers in under 100 ms. "
        "The drivers' app waits for the price.locked event before showing the route, so departures are 5-10 minutes later than planned. Nothing changed on our side in the last two weeks (same receiver, same IPs, same TLS setup).",
    "Report total and export do not agree":
        "Filters used in both: period 1-28 Feb 2026, stores = all German stores, product group = garden, currency = EUR, include returns = no. "
        "The difference is 243 EUR, about 0.6%. We checked for returns and cancelled orders on the boundary days and found nothing obvious. "
        "The report was opened on 1 March at 09:10, the export made at 09:12. If one of those filters works differently in the export, that's fine, we just need to know which figure is right.",
    "FW: [Grafana] TAI latency above threshold - CRITICAL":
        "Context for your team: the alert fired at 10:05 CET and is still firing. Over the same period our error rate to TAI stayed at 0% and our own services show normal latency. "
        "p50 is about 180 ms (normal 120 ms), p95 around 650 ms, p99 1.2 s. Our order flow is unaffected apart from slower responses. "
        "Please ignore the 'CRITICAL' label in the subject, it's just how our alert rules are named; we'd call it a slowdown.",
    "SOC 2 report and questionnaire":
        "Documents requested for the vendor file:\n- SOC 2 Type II report (latest period) and bridge letter if the period ended more than 3 months ago\n"
        "- ISO 27001 certificate, if any\n- Penetration test summary (executive summary is enough)\n- Business continuity / disaster recovery summary\n"
        "- List of sub-processors\n- Completed questionnaire (attached, 112 questions; sections D and F can point to the SOC 2 report)\n"
        "Nothing is wrong, this is our routine annual review. If an NDA is needed for the SOC 2 report, please send yours.",
    "Failover recommendation":
        "Our setup: the web shop calls /v1/evaluate for every cart change (about 40 calls per second at peak, maybe 150 on Black Friday). "
        "We have a Redis cache in front for catalogue prices but cart-level rules always go to you. Ideas we're considering: cache the last evaluated price per cart for 10 minutes, "
        "fall back to list price with a banner, or queue orders and re-price later. Which of these do other customers use? Do you have a reference architecture or a KB article on graceful degradation?",
    "Contract amendment - seats and invoicing":
        "Details for the amendment:\n- Additional seats: 40 (from 160 to 200), effective 1 April 2026, co-termed with the current term ending 31 March 2028\n"
        "- Invoicing: quarterly in advance instead of annually, starting with the April invoice\n- PO number for the additional seats: PO-44871\n"
        "- Billing contact unchanged\nPlease send the amendment via DocuSign to our legal operations mailbox. Everything else in the contract stays as it is. Our fiscal year starts in April, so a signature by 25 March would be ideal.",
    "Dark mode":
        "Some background: our pricing desk runs around the clock since we took over the Asia accounts, and the night team spends most of the shift in the rule editor and the simulation screens. "
        "Several people now use browser extensions that invert colours, which breaks the colour coding of rule conflicts. "
        "A proper dark theme (or at least a high-contrast option) would help. Happy to join a beta or a call with your designers. Not a complaint, the product is great otherwise.",
    "Encryption at rest?":
        "Our IT's full list, if it's easier to answer in one go:\n1. Encryption at rest: algorithm and key management (customer-managed keys possible?)\n"
        "2. Encryption in transit: TLS versions accepted\n3. Backups: location, frequency, retention, encrypted?\n4. Who at TAI can access our rule data, and is access logged?\n"
        "5. Do you support IP allow-listing for the web app?\nNothing has happened, this is for our internal risk register, due at the end of the month. Links to public documentation are fine where they exist.",
    "What happens to our data if we leave?":
        "The form asks us to document for every vendor:\n- Export formats available for our data (rules, versions, audit logs)\n- Time needed to export everything\n"
        "- Deletion timeline after contract end, and whether a deletion certificate is provided\n- Whether backups are also deleted and when\n"
        "We are happy with TAI and our renewal is not in question; the procurement team simply needs the exit plan section filled in for all critical vendors.",
    "RCA for yesterday":
        "For context: the outage hit our evening promotion launch, and our head of e-commerce has to present the incident to management on Thursday. "
        "What we'd like in the RCA: the cause, why the status page took about 15 minutes to show it, what you changed so it does not happen again, and whether any data was affected. "
        "We've checked our side and all rules and orders look correct after the incident. No rush beyond Thursday. If a call is easier than a document, our head of e-commerce is free on Wednesday afternoon.",
}

# ---------------------------------------------------------------- derivation under the copied rules
def api_class(k):
    s = k["signals"] or {}
    if "apiErrorCode" in s:  # D11: the structured code decides over the text
        return "auto" if s["apiErrorCode"] in (401, 429) else "eng"
    f = k["facts"]
    if f & {"a401", "a429", "ajson"}:
        return "auto"
    return "eng" if "aeng" in f else None


def churn_signal(k):
    s = k["signals"] or {}
    return ((s.get("csat") is not None and s["csat"] < 5)
            or s.get("sameIssueTickets", 0) >= 3
            or ("lastApiCallAt" in s and datetime.strptime(s["lastApiCallAt"], "%Y-%m-%dT%H:%M:%SZ")
                .replace(tzinfo=timezone.utc) <= NOW - timedelta(days=14))
            or s.get("urgent") is True
            or "repeat" in k["facts"])


def route(k):
    f, api = k["facts"], api_class(k)
    if api == "auto":
        return "AutoResolve"
    if api == "eng":
        return "EngineeringEscalation"
    if "bill" in f:
        return "Finance"
    if "fr" in f:
        return "FeatureRequestLog"
    if k["priority"] == "Critical" or "threat" in f or churn_signal(k):
        return "ChurnEscalation"
    return "StandardSupport"


def pages(k, r):
    f, p = k["facts"], set()
    if k["priority"] == "Critical":
        p |= {"oncall", "status", "vp"}
    if r == "ChurnEscalation" or "threat" in f or "entdeal" in f:
        p.add("vp")
    if f & {"legal", "sec"}:
        p.add("legal")
    if f & {"sec", "loss"}:
        p.add("oncall")
    return sorted(p)


def check(k):
    f, s, pr, cat = k["facts"], k["signals"] or {}, k["priority"], k["category"]
    assert f <= FACTS, f - FACTS
    assert pr in PRIORITIES and cat in CATEGORIES and k["tier"] in TIERS and k["channel"] in CHANNELS
    assert set(s) <= SIGNALS
    crit = bool(f & {"down", "money", "loss"}) or s.get("platformImpactPct", 0) > 20
    assert (pr == "Critical") == crit, "Critical iff down / losing money / data loss / platformImpactPct > 20"
    if f & {"sec", "legal", "threat"}:
        assert pr in ("High", "Critical"), "High floor for legal/security/threat"
    if "sec" in f:
        assert cat == "Platform"
    if "loss" in f:
        assert cat == "Platform"
    if "bill" in f:
        assert cat == "Billing"
        assert pr == "Low" or "threat" in f, "billing paperwork/disputes are Low"
    if "fr" in f:
        assert cat == "Feature" and pr == "Low"
    if "entdeal" in f:
        assert k["tier"] == "Enterprise"
    assert len(f & {"a401", "a429", "ajson", "aeng"}) <= 1
    assert k["reason"] and "\n" not in k["reason"]
    assert 20 <= len(k["body"]) <= 2000, (k["subject"], len(k["body"]))


def main():
    for k in TICKETS:
        if k["subject"] in LONGER:
            k["body"] = k["body"] + "\n\n" + LONGER[k["subject"]]
    assert len(LONGER) == len(set(LONGER)) and all(s in {k["subject"] for k in TICKETS} for s in LONGER)
    assert len(TICKETS) == 150, len(TICKETS)
    assert len({k["subject"] for k in TICKETS}) == 150
    for k in TICKETS:
        check(k)
    rng = random.Random(20261208)
    order = TICKETS[:]
    rng.shuffle(order)
    lines = []
    for i, k in enumerate(order, 1):
        r = route(k)
        pg = pages(k, r)
        rec = {"id": f"T{i:03d}", "tier": k["tier"], "channel": k["channel"], "subject": k["subject"], "body": k["body"]}
        if k["signals"]:
            rec["signals"] = k["signals"]
        rec["expected"] = {"priority": k["priority"], "category": k["category"], "route": r, "pages": pg,
                           "reason": f"{k['reason']} -> {k['category']}, {k['priority']}, {r}; pages "
                                     f"{'+'.join(pg) if pg else 'none'} (quick ref Severity Decision, D11; "
                                     f"§2.1, D12, D14; §2.2.2; §4.2, §4.3, §4.4)"}
        rec["split"] = "fresh12"
        k["route"], k["pages"] = r, pg
        lines.append(json.dumps(rec, ensure_ascii=False))
    out = Path(__file__).with_name("tickets-fresh12.jsonl")
    out.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))

    # coverage the brief asks for
    kinds = Counter(p for k in TICKETS for p in k["pages"])
    assert all(kinds[p] for p in ("oncall", "status", "vp", "legal"))
    assert any(not k["pages"] for k in TICKETS)
    for field, values in (("route", ["StandardSupport", "ChurnEscalation", "Finance", "EngineeringEscalation",
                                     "FeatureRequestLog", "AutoResolve"]), ("priority", PRIORITIES),
                          ("category", CATEGORIES), ("tier", TIERS), ("channel", CHANNELS)):
        assert {k[field] for k in TICKETS} == set(values), field
    longs = sum(600 <= len(k["body"]) <= 2000 for k in TICKETS)
    assert 25 <= longs <= 40, longs

    def show(name, c):
        print(f"{name}: " + ", ".join(f"{v} {n}" for v, n in c.most_common()))
    show("route", Counter(k["route"] for k in TICKETS))
    show("priority", Counter(k["priority"] for k in TICKETS))
    show("category", Counter(k["category"] for k in TICKETS))
    show("tier", Counter(k["tier"] for k in TICKETS))
    show("channel", Counter(k["channel"] for k in TICKETS))
    show("pages", Counter("+".join(k["pages"]) or "none" for k in TICKETS))
    show("page kinds", kinds)
    print(f"bodies of 600-2,000 characters: {longs}; bodies of 20+ words: "
          f"{sum(len(k['body'].split()) >= 20 for k in TICKETS)}; tickets with structured signals: "
          f"{sum(bool(k['signals']) for k in TICKETS)}")


if __name__ == "__main__":
    main()
