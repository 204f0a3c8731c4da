'''Eleventh unseen ticket set (session 13, helper fresh11): writes tickets-fresh11.jsonl (S001..S150), split "fresh11".

Purpose: an honest measurement, in a later session, of the triage engine on tickets nobody tuned on (issue 15, item 6
and "Done when": "We will also run triage on realistic tickets you have not seen; aim for the same figures there").
Run `python3 make_fresh11.py`: for every ticket it takes the facts I read in it (keywords below), derives the route
and the pages from them under the rules copied below, checks the priority/category constraints those facts imply,
writes tickets-fresh11.jsonl next to itself (UTF-8, "\n" newlines) and prints only the labels' distribution (no
engine involved). Committed on its own BEFORE any engine ran on these tickets. The situations and wording are my own.
This writer differs from the earlier ones on purpose: terse developer tickets (stack traces, log lines, curl commands,
pasted JSON), non-technical business users (finance clerks, store managers, an office manager), escalations written
by an internal sales rep or CSM on a customer's behalf, tickets mixing a minor and a serious issue (labelled by the
serious one), very polite tickets about serious problems and furious ones about trivial problems, British, Indian
and Australian English idioms, and bare follow-ups ("still happening") whose context is only in the subject.
About a fifth of the bodies are long (600-2,000 characters: pasted logs, environment notes, step lists).

What the writer read: /work/wt/HELPERS.md; the brief; the module docstring of make_fresh9.py (extracted with `ast`,
nothing after it); the first line of tickets-fresh9.jsonl (Q001, for the JSON line format); `issues show 15`; the
manual /work/shared/spec/support-operations-manual.md (§2.1-§2.3, §4.1-§4.4; the table of contents through grep of its
headings) and /work/shared/spec/default-policy.md lines 45-75 (D8-D16). `ls` of the Corpus folder showed file names
only; `grep -c '"id": "S'` on every corpus file printed only counts, all 0 (no id clash).
Not read: any other ticket file, make_fresh10.py or any other make_*.py beyond make_fresh9.py's docstring, src/,
tests' code, docs/, CHANGELOG.md, git log. The quick reference of the manual was not opened separately (its
"Severity Decision" is taken as the copied rules and D11 state it).
Seen by accident: make_fresh9.py's docstring repeats its own and earlier writers' disclosures (aggregate fresh8
figures 68.3 / 72.5 / 84.2 %, false pages 4.2 %; engine commit titles naming a "PreviousWordIs" check and a
"customer's-own-price check" read by a "clause reader"; situations of earlier sets: a rule editor whose Save does
nothing, HTTP 500 from POST /v1/simulations, simulations stuck "Running", a 5xx storm, an export off by a day,
a rule test panel crashing, invoices in the wrong currency, a regulator's inquiry (Q001)). HELPERS.md names the other
helpers' areas. Nothing else. Situations of the same broad kinds occur here in my own words and details.
Structured signals: tickets carry them with the names of the fresh9 format: csat, sameIssueTickets, lastApiCallAt (an
instant; TriageCorpus.Now, as make_fresh9.py's docstring states, is 2026-03-02T17:00Z, so 14+ days is before
2026-02-16T17:00Z), urgent, platformImpactPct, apiErrorCode. Labelled per D11 as the copied rules say; edge cases
included: platformImpactPct 20 (not > 20: no trigger) and 21 (Critical), CSAT 5 (no trigger) and 4, sameIssueTickets 2
(no trigger) and 3, lastApiCallAt 13 days before Now (no trigger) and 15+, an urgent mark on a Low ticket (routes, does
not raise), a structured apiErrorCode on a ticket whose text names no code, churn signals where Finance or the
feature-request log wins (alert only, no page).

Labelling rules: exactly those of make_fresh9.py (which copied make_fresh8.py's, make_fresh7.py's, ...), copied below
verbatim from its docstring, so the sets compare.
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
Distribution of the labels (printed by the script): route StandardSupport 77, ChurnEscalation 30, Finance 17,
EngineeringEscalation 12, FeatureRequestLog 8, AutoResolve 6; priority Low 50, Medium 44, High 33, Critical 23;
category Feature 53, Integration 35, Platform 26, Other 19, Billing 17; tier Professional 66, Enterprise 45, Starter
39; channel email 75, web 31, slack 23, chat 13, phone 8; pages none 103, oncall+status+vp 23, vp 16, legal+oncall 5,
legal 3 (page kinds: vp 39, oncall 28, status 23, legal 8); 30 bodies of 600-2,000 characters (lengthened by the PAD
table, which adds no facts); 137 bodies of 20+ words; 21 tickets with structured signals. The tickets are written
grouped by priority and shuffled with a fixed seed (20261207) before the ids are given.
'''

import collections, json, os, random

NOW_MINUS_14D = "2026-02-16T17:00:00Z"  # TriageCorpus.Now 2026-03-02T17:00Z minus 14 days
TIERS = {"S": "Starter", "P": "Professional", "E": "Enterprise"}
CHANNELS = {"e": "email", "w": "web", "s": "slack", "c": "chat", "p": "phone"}
PRIOS = {"C": "Critical", "H": "High", "M": "Medium", "L": "Low"}
CATS = {"B": "Billing", "P": "Platform", "I": "Integration", "F": "Feature", "O": "Other"}
# Facts (what I read in the ticket): a401 a429 ajson = TAI API error in the auto-resolve list; aeng = other TAI API
# error; bill = billing/account; freq = feature request as main ask; threat = threat to leave; neg = Enterprise
# contract change / price negotiation; legal = legal issue; sec = security hole; loss = stored-data loss/corruption;
# down = TAI down for the customer; money = customer losing money; nowork = broken without workaround;
# work = broken with workaround / degraded but working / potential bug; (none of these) = Low kinds.

# Long-body extensions: context that adds no facts (environment notes, sign-offs, account notes, pasted config).
PAD = [
    "\n\nEnvironment, in case it helps:\n- our side: two Kubernetes clusters (eu-west and us-east), Go 1.23 service calling the "
    "REST API directly, no SDK on this path\n- service version pricing-gw 3.14.2, deployed 24 Feb, unchanged since\n- "
    "clocks synced with chrony, offset under 5 ms\n- sample request ids: req_8f2a11c0, req_8f2a11c7, req_8f2a12d4, "
    "req_8f2a13e9\n- outbound proxy: none; TLS 1.3; HTTP/2 enabled\nWe can share a HAR file or more request ids, or hop "
    "on a call. The shared Slack channel with your team also works if that is quicker for you.\n\n--\nplatform on-call "
    "alias (reaches whoever is on duty this week)",
    "\n\nMany thanks in advance, and do let me know if you need anything further from our end. I'm in the office Tuesday "
    "to Thursday and otherwise reachable on my mobile, though the signal at our warehouse is patchy, so email is best.\n\n"
    "Kind regards,\nHead of Commercial Operations\nBramwell & Tate Homewares Ltd\nUnit 4, Riverside Trading Estate, Leeds "
    "LS10 1QP\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error please notify the sender and delete it. Registered in England and Wales, company no. 04417730.",
    "\n\nAccount notes (from our CRM):\n- customer since 2023, 3 workspaces (prod, staging, sandbox)\n- main contacts: head "
    "of ops, two developers, finance controller\n- integration: REST API plus the approvals web app, about 40 internal "
    "users\n- last QBR in January went fine, roadmap session booked for April\n- time zone: they work Europe/London hours, "
    "so please reply before 17:00 UK if possible\nI'm copying the account's support alias so replies reach everyone. "
    "Thanks for picking this up - shout if you need me to set up a call with their team.",
    "\n\nRespected Sir/Madam,\nWe are using TAI from last one year in our organisation for the credit operations team and "
    "overall the experience has been good only. Our team is working in two shifts, morning shift from 7 AM IST and "
    "evening shift till 11 PM IST, so any time you can call the number below. Request you to please share the ticket "
    "number for our internal tracking and the name of the person handling the same.\n\nThanks and regards,\nOperations "
    "Desk, Sahyadri Fincorp Ltd.\nPune, Maharashtra\nPh: +91 20 5555 0142\n\nDISCLAIMER: This communication is intended "
    "only for the use of the addressee. Sahyadri Fincorp is not responsible for any virus in this mail.",
    "\n\nWhat I've got on my side (pasted from our logs, trimmed):\n```\n2026-03-02T09:14:07.112Z INFO  worker-3 batch=7781 "
    "start items=2500\n2026-03-02T09:14:07.540Z DEBUG worker-3 http pool size=32 idle=30\n2026-03-02T09:14:08.004Z INFO  "
    "worker-3 chunk 1/5 sent\n2026-03-02T09:14:09.871Z INFO  worker-3 chunk 2/5 sent\n2026-03-02T09:14:11.226Z INFO  "
    "worker-3 chunk 3/5 sent\n2026-03-02T09:14:12.904Z DEBUG worker-3 gc pause 4ms\n```\nRuntime: Python 3.12 on "
    "Ubuntu 24.04, requests 2.32, running in a cron container every 15 minutes. Nothing changed on our side this week "
    "as far as I can tell; git log of the job repo is quiet since 19 Feb.",
    "\n\nBit of background so you know who you're dealing with: we're a family-run group of six garden centres across "
    "Queensland and northern NSW, and TAI is what our head office uses to set up promotions and to approve staff "
    "discounts and refunds at the tills. I'm not technical at all - our IT bloke set it up and he's only in on "
    "Thursdays - so please keep any instructions simple, step by step. Best number to reach me is the Toowoomba store, "
    "ask for the operations manager. Cheers, and thanks for your patience with us.",
    "\n\nSteps to reproduce (for your engineers):\n1. Sign in as an admin of the production workspace.\n2. Open Rules > "
    "Rule sets and pick any set with more than 20 rules.\n3. Do the action described above.\n4. Watch the browser "
    "console and the network tab.\nBrowsers: Chrome 131 and Edge 131 on Windows 11, Firefox 133 on macOS 15.\nScreen "
    "recording and HAR file available on request; I'd rather not attach the HAR here as it has our session cookies in "
    "it. Our workspace id is ws_71c0e2, region EU.",
    "\n\nPayload we send (anonymised):\n```json\n{\n  \"ruleSet\": \"checkout-pricing\",\n  \"context\": {\n    \"customer"
    "\": {\"id\": \"c_20931\", \"tier\": \"gold\", \"country\": \"DE\"},\n    \"cart\": {\"total\": 184.90, \"currency"
    "\": \"EUR\", \"items\": 7},\n    \"channel\": \"web\"\n  },\n  \"options\": {\"trace\": false, \"timeoutMs\": 800}\n}"
    "\n```\nSame shape for months; our schema file in the repo hasn't changed since November.",
]

def T(tier, ch, subject, body, prio, cat, facts="", why="", sig=None, pad=None):
    return dict(tier=tier, ch=ch, subject=subject, body=body, prio=prio, cat=cat,
                facts=set(facts.split()), why=why, sig=sig or {}, pad=pad)

TICKETS = [
# ---------------- Critical ----------------
T("E", "s", "evaluate 503 everywhere",
  "POST https://api.tai.example/v1/evaluate -> HTTP/1.1 503 Service Unavailable since 14:02 UTC, both regions.\n"
  "$ curl -si -X POST $TAI/v1/evaluate -H 'Authorization: Bearer ***' -d @ctx.json | head -1\nHTTP/1.1 503 Service Unavailable\n"
  "every checkout decision is failing, prod down for us.", "C", "P", "aeng down", "TAI API 503 on every call: TAI down", pad=0),
T("P", "e", "A small favour to ask",
  "Dear TAI team,\n\nI do hope you are well, and I am sorry to bother you. Since roughly nine o'clock this morning neither "
  "the TAI web app nor the API responds for us at all: the sign-in page just spins and our integration's calls time out "
  "without any answer. I'm afraid our whole order desk is at a standstill until it comes back. Whenever you have a "
  "moment, I'd be most grateful for an update.\n\nWith warm regards,\nAnnabel", "C", "P", "down",
  "TAI down for the customer, said politely; timeouts without answer are no API error"),
T("E", "p", "Call notes - rule sets missing",
  "Call with Priya (ops lead), 10:20. Roughly a third of their rule sets are gone from the production workspace since "
  "last night - about 70 of 210. Audit trail shows no deletes by any of their users. They need them back before the "
  "18:00 batch run. Asked us to treat as top priority.", "C", "P", "loss", "stored rule sets vanished: data loss"),
T("S", "w", "till discounts gone crazy",
  "Hi, I manage the Ipswich shop. Our weekend promo rule was meant to take 10% off garden furniture but the tills have "
  "been taking 100% off since Saturday morning, so we've basically been giving the stuff away. Area manager reckons "
  "we're down about £3,000 already. Can someone please look today?", "C", "F", "money",
  "a rule misfiring so the customer gives goods away: losing money"),
T("P", "e", "Duplicate supplier payments went out",
  "Hello,\n\nI work in accounts payable. Our payment-approval rule in TAI let three supplier invoices through twice this "
  "week - the second approval should have been blocked as a duplicate. That's about £18,400 paid out that we now have "
  "to chase back. The rule hasn't been changed by us since December. Please help us understand what happened and stop "
  "it happening again today, as the next payment run is tomorrow at 9.", "C", "F", "money",
  "approval rule failing so the customer pays out twice: losing money", pad=1),
T("E", "e", "ESCALATION: Northwind Freight - webhooks not firing, shipments held",
  "Hi support, CSM here escalating for Northwind Freight (Enterprise). Their order.approved webhook has not fired since "
  "Friday evening - nothing in the delivery log on your side, nothing received on theirs. Their warehouse system only "
  "releases a shipment when that webhook lands, so pallets are sitting on the dock. They put the cost of delayed "
  "orders at roughly $40K a day. Can we get engineering on this now?", "C", "I", "money",
  "webhook failure costing the customer money (CSM escalation read as the customer's situation)", pad=2),
T("P", "c", "bit slow today?",
  "hey, things feel a bit sluggish on our end, some evaluations take a few seconds instead of the usual instant. "
  "nothing urgent, just flagging in case it's useful for you", "C", "P", "",
  "structured platformImpactPct 35 > 20 decides first (mild text)", sig={"platformImpactPct": 35}),
T("S", "w", "dashboards not loading for some of us",
  "Hi, a few people in our team say the dashboard won't load this morning, others seem fine. Is something going on at "
  "your end? Thanks", "C", "P", "", "structured platformImpactPct 21 > 20: Critical (edge just above)",
  sig={"platformImpactPct": 21}),
T("E", "s", "TaiApiException 500 on every call after 10:40",
  "```\ncom.tai.sdk.TaiApiException: HTTP 500 Internal Server Error (request_id=req_c1a9)\n  at com.tai.sdk.http.Transport."
  "send(Transport.java:212)\n  at com.tai.sdk.RulesClient.evaluate(RulesClient.java:88)\n  at com.acme.pricing.Quote"
  "Service.price(QuoteService.java:141)\n```\nevery evaluate since 10:40 UTC returns this. all pricing decisions fail. "
  "production is down. nothing deployed on our side today.", "C", "P", "aeng down", "TAI API 500 on every call: TAI down"),
T("E", "e", "All rules showing not evaluated - loan approvals stuck",
  "Dear Team,\n\nKindly do the needful on priority. Since morning hours every rule in our workspace is showing status "
  "'not evaluated' and the decisions are coming blank, so none of our loan applications are getting approved or "
  "declined. Entire credit desk is sitting idle. Please revert at the earliest with the update.", "C", "P", "down",
  "TAI evaluating no rule at all is TAI down (Indian English)", pad=3),
T("P", "e", "TAI's carked it",
  "G'day, the whole of TAI has carked it for us - can't log in, the app just shows a spinning wheel and our API calls "
  "hang until they time out. Whole arvo's been a write-off, the team's twiddling thumbs. Any word on when it's back?",
  "C", "P", "down", "TAI down (Australian idiom), no code returned"),
T("E", "w", "Rules damaged after yesterday's restore",
  "After support restored our 'Pricing-EU' workspace from backup yesterday, around 200 rules now reference fields that "
  "no longer exist and several thresholds have swapped values (min and max the wrong way round). These are rules in "
  "production. We have not edited them since the restore.", "C", "P", "loss", "a restore that damaged stored rules: data corruption", pad=6),
T("P", "e", "Two things - logo, and refunds skipping approval",
  "Hi,\n\nMinor first: the logo on your login page looks blurry on our 4K monitors.\n\nThe bigger thing: since Tuesday "
  "the approval step for refunds over $500 is simply being skipped, so customers are getting large refunds paid out "
  "automatically. We count about $7,000 that should never have gone out. Please look at the second point first!",
  "C", "F", "money", "mixed ticket labelled by the serious part: approval skipped, money paid out"),
T("S", "c", "Re: API not responding at all - whole integration dead",
  "still happening. nothing since 8am.", "C", "P", "down", "bare follow-up; subject says TAI down (no code)"),
T("E", "e", "Internal: Contoso Retail tenant unreachable",
  "Hi team, sales here (I own the Contoso Retail account, renewal is in six weeks). Their buyer just rang me: their TAI "
  "tenant has been completely unreachable for about two hours, web app and API, and their online checkout can't apply "
  "any pricing so they're losing sales every minute. They haven't said anything about leaving, but I'd like this "
  "handled as fast as possible.", "C", "P", "down money", "sales rep reports TAI down and lost sales; no threat from the customer"),
T("P", "s", "graphql errors on everything",
  "every query to /graphql answers {\"data\":null,\"errors\":[{\"message\":\"internal\",\"extensions\":{\"code\":\"INTERNAL\"}}]} "
  "since ~07:30. our whole pipeline is down.", "C", "P", "aeng down", "API answering with GraphQL errors on every query: TAI down", pad=0),
T("E", "e", "Invoking termination - third outage",
  "This is the third time this quarter. TAI has now been down for over three hours and still is: no rule evaluates, our "
  "stores can't price anything. Our COO has asked me to formally give notice that we are invoking the termination "
  "clause in section 14 of our agreement. I expect a call from someone senior today.", "C", "P", "down threat",
  "TAI down now and invoking termination: threat to leave"),
T("S", "w", "January audit history is empty",
  "Hi there, our auditors need the approval history for January and when I open the audit log for January it is "
  "completely empty. It was definitely there last week because I exported a part of it. Feb and March are still there. "
  "Has something been deleted?", "C", "P", "loss", "stored audit history vanished: data loss"),
T("E", "p", "Phone - batch jobs failing with 504s",
  "Customer (head of engineering) on the phone: since 13:15 every batch evaluate call returns 504 Gateway Timeout from "
  "api.tai; their nightly repricing can't run at all and their stores open with yesterday's prices. Sustained 25+ "
  "minutes, they have nothing to fall back to.", "C", "P", "aeng down", "TAI API 504 on every batch call: TAI down for the customer"),
T("P", "e", "Fraud check rule letting orders through",
  "Apologies for writing on a Sunday. Since Friday our fraud-check rule has been approving orders that failed the "
  "address verification, and we've shipped about sixty of them - the chargebacks are starting to arrive, so far "
  "roughly $9,000. We've switched off the promotion that drives most of these but the rule itself still approves them.",
  "C", "F", "money", "rule failure: customer ships what it should not and loses money"),
T("E", "s", "nothing's getting through",
  "everything's timing out on our side since about 11, nothing going through to you at all. our ops channel is on fire.",
  "C", "P", "aeng down", "structured apiErrorCode 503 + platformImpactPct 30 decide first (text names no code)",
  sig={"apiErrorCode": 503, "platformImpactPct": 30}),
T("P", "w", "Workspace list empty - display glitch?",
  "Not sure if this is just a display thing, but our 'Wholesale' workspace no longer appears anywhere - not in the "
  "switcher, not in search, and the rule count on the account page went from 340 to 0. Nobody here deleted it.",
  "C", "P", "loss", "vanished workspace, customer unsure if display: still stored-data loss"),
T("S", "e", "Promo stacking giving double discounts",
  "Hello, I'm the owner of a small online tea shop. Since your update yesterday my 'buy 2 get 1' rule stacks with the "
  "newsletter 15% code, which it never did before, and I'm selling below cost on every order - around 40 orders so "
  "far. I've had to pause the shop. Please help.", "C", "F", "money", "rule evaluating wrongly so the customer sells below cost: losing money"),
]
# ---------------- High ----------------
TICKETS += [
T("P", "e", "Removed user still approving rules",
  "Hi, we removed a contractor from Okta last Wednesday (SCIM shows the user as deprovisioned in TAI too), but today "
  "they approved two rule changes in TAI from a session that apparently never expired. That's a serious access "
  "problem for us; please tell us how this can happen and make sure it can't.", "H", "P", "sec",
  "access kept after deprovisioning: security hole"),
T("E", "s", "key from ws A reads ws B",
  "$ curl -s -H 'Authorization: Bearer $KEY_WS_A' https://api.tai.example/v1/workspaces/ws_9d13/rules | jq length\n212\n"
  "ws_9d13 is NOT ours. HTTP 200, full rule bodies of another tenant. Reported here first, not shared anywhere.",
  "H", "P", "sec", "another tenant's data readable with our key (200 OK, no error code): security hole"),
T("E", "e", "Formal objection to new sub-processor",
  "Dear TAI Legal and Support,\n\nFurther to your notice of 3 February, we write to formally object under clause 9.2 of "
  "our Data Processing Agreement to the appointment of the new sub-processor listed for log analytics. Please confirm "
  "receipt and the next steps under the objection procedure.\n\nYours faithfully,\nGroup Data Protection Officer",
  "H", "O", "legal", "a DPA objection is a legal issue", pad=1),
T("P", "e", "Claim against us over a declined application",
  "Hello, one of our applicants has started legal proceedings against us because a rule in TAI declined their "
  "application. Our lawyers are asking whether TAI accepts any liability and want the full decision trace for that "
  "evaluation (request id req_77fe02). Who should they talk to?", "H", "O", "legal",
  "litigation / liability question: legal issue"),
T("S", "w", "Someone else's customer list in our notification email",
  "We just received TAI's 'approval pending' email and it lists 14 customer names and email addresses that are "
  "definitely not ours - looks like another company's customers. We haven't forwarded it. This worries us a lot.",
  "H", "P", "sec legal", "another tenant's personal data in a notification: possible breach + security hole"),
T("P", "e", "We'll probably not renew",
  "Hi, I won't repeat the whole history - three outages in five weeks, the last one on the 20th (all fine now). We're "
  "trialling Rulewise from next week and, honestly, we'll probably not renew in May. If someone wants to change our "
  "mind, now is the time.", "H", "O", "threat", "trialling another vendor, probably not renewing: threat to leave; past outages over"),
T("S", "c", "simulation button dead for 2 weeks",
  "the run simulation button has done nothing for two weeks now, no error, nothing. we've raised it before. if this "
  "isn't fixed by friday we're cancelling, simple as that.", "H", "F", "threat nowork", "broken feature + threat to cancel"),
T("P", "e", "Seat charge wrong - fix or we cancel",
  "Good afternoon, this is the finance office. Our March invoice bills 25 seats; we have 12 users and always have. "
  "This is the second time. If it isn't corrected this week we will cancel the subscription.", "H", "B", "bill threat",
  "billing dispute with threat to cancel: Finance, High floor, vp"),
T("E", "w", "Approvals CSV export empty",
  "Since the update on Monday the CSV export of the approvals report downloads an empty file (headers only). We need "
  "it for month-end close and there's no other place to get these figures in that shape.", "H", "F", "nowork",
  "export broken, no workaround", pad=6),
T("P", "e", "SSO broken for everyone (API fine)",
  "Since yesterday 16:00 every user signing in with Azure AD gets AADSTS50011 (reply URL mismatch) from Microsoft and "
  "ends on an error page. Nobody can get into the web app. Our API integration is unaffected. We changed nothing in "
  "Azure.", "H", "I", "nowork", "SSO failing for all users, API works: Integration, High; AADSTS is Microsoft's code"),
T("S", "e", "password reset mail not coming",
  "Hello Team, our only admin id (accounts@) is not receiving the password reset mail since yesterday, checked spam "
  "also. Without admin we are not able to add rules for the new scheme. Kindly revert at the earliest.", "H", "F",
  "nowork", "password reset failing for the only admin"),
T("P", "s", "webhooks stopped 03:00",
  "no webhooks since 03:00 UTC. receiver healthy, nothing in its logs, delivery log on your side shows nothing sent "
  "either. our jira automation hangs off these and there's no other trigger we can use.", "H", "I", "nowork",
  "webhooks stopped, no workaround, no money lost"),
T("E", "w", "Saving nested OR group fails",
  "Rule editor: saving any rule that contains a nested OR group shows 'Something went wrong' and the change is lost. "
  "Tried on three machines. We cannot ship the new pricing rules planned for Thursday.", "H", "F", "nowork",
  "editor's error page (not an API error), no workaround"),
T("P", "s", "422 on documented operator",
  "curl -s -X POST $TAI/v1/rules -d '{\"conditions\":[{\"field\":\"age\",\"op\":\"between\",\"value\":[18,25]}]}'\n"
  "HTTP/2 422\n{\"error\":\"unprocessable\",\"field\":\"conditions[0].op\"}\n`between` is in your docs. we can't express "
  "these rules any other way.", "H", "I", "aeng nowork", "TAI API 422 on a documented operator, no workaround"),
T("E", "e", "403 on simulations with admin key",
  "Since this morning POST /v1/simulations returns 403 Forbidden for our admin key (scopes include simulations:write, "
  "checked). Our release pipeline runs a simulation before every publish, so nothing can be released.", "H", "I",
  "aeng nowork", "TAI API 403 blocking the pipeline"),
T("S", "w", "python sdk import crash 3.13",
  "tai-sdk 4.2.0 on Python 3.13:\n```\nTraceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    "
  "from tai import Client\n  File \".../tai/__init__.py\", line 7, in <module>\n    from ._compat import distutils\n"
  "ModuleNotFoundError: No module named 'distutils'\n```\nno older release supports 3.13 and we can't downgrade Python "
  "(platform image).", "H", "I", "nowork", "SDK broken, no workaround"),
T("P", "e", "Fourth time: Monday report never arrives",
  "Fourth time writing about this. The scheduled Monday report never arrives - not to me, not to my manager. The "
  "scheduled one is the only one with our saved filters, the ad-hoc report can't reproduce them.", "H", "F", "nowork",
  "scheduled report broken without workaround; 4 same-issue tickets: churn", sig={"sameIssueTickets": 4}),
T("E", "e", "Flagging churn risk - Globex",
  "Hi support, CSM for Globex. On this morning's call their CTO told me they have shortlisted two alternatives because "
  "the rule editor takes 20-30 seconds to open any rule with more than 50 conditions. It still works, just painfully. "
  "I need engineering eyes on the editor performance and an exec to call them back.", "H", "F", "threat work",
  "editor slow (one screen, works) but customer shortlisting alternatives: threat, High floor", pad=2),
T("S", "w", "YOUR DASHBOARD COLOURS",
  "YOUR NEW DASHBOARD COLOURS ARE UNREADABLE. LIGHT GREY ON WHITE?? WHO SIGNED THIS OFF. FIX IT OR WE ARE LEAVING, I "
  "MEAN IT.", "H", "F", "threat", "cosmetic, but a threat to leave sets the High floor"),
T("E", "e", "Notice of claim - mispriced promotion",
  "Dear Sirs,\n\nPlease find attached a letter from our solicitors giving formal notice of a claim concerning the "
  "mispriced promotion of 12-14 January, which was caused by a rule evaluating incorrectly in your platform. Kindly "
  "pass this to your legal department and confirm the contact for further correspondence.\n\nRegards", "H", "O",
  "legal", "a liability claim (past event) is a legal issue"),
T("P", "e", "API secret visible in response",
  "GET /v1/keys returns 200 and the JSON includes the full secret of every key in plain text (field `secret`), not "
  "just the prefix as the docs say. Any user with read scope can see every key. Please fix quickly.", "H", "P", "sec",
  "leaked secrets (200 response): security hole"),
T("E", "w", "Viewers can delete rules",
  "Users with the Viewer role can delete rules through the bulk actions menu on the rule list - the delete goes "
  "through and shows in the audit log under their name. We restored the two rules from our own copies, so nothing is "
  "lost, but this shouldn't be possible.", "H", "P", "sec", "access control hole; nothing lost"),
T("P", "p", "Call notes - can't publish",
  "Spoke to Marco (admin). Since Monday the Publish button is greyed out for all admins in all rule sets; drafts pile "
  "up. Cleared cache, other browsers, other admins - same. No way to get rules live.", "H", "F", "nowork",
  "publish broken for all, no workaround"),
T("S", "e", "Returns approvals screen blank",
  "Hello, I'm the store manager at our Bendigo shop. The approvals page on the tablet shows a blank white screen, and "
  "the office PC shows the same, so none of my staff can approve customer returns today. Customers are waiting at "
  "the counter. What do I do?", "H", "F", "nowork", "approvals screen broken everywhere, no workaround", pad=5),
T("S", "c", "rules page 2 -> 500",
  "GET /v1/rules?page=2&per_page=50 -> 500 every time, page 1 fine. we have 73 rules so we can't list the rest. no "
  "other endpoint lists them.", "H", "I", "aeng nowork", "TAI API 500 on paging, no workaround"),
T("E", "e", "SCIM not creating users",
  "SCIM provisioning from Okta stopped creating users in TAI on 26 Feb - the Okta push reports success, but the users "
  "never appear. Eleven new starters can't get into TAI. Manual invites are disabled by our SSO-only policy.", "H",
  "I", "nowork", "SCIM broken, no workaround"),
T("P", "e", "typo + export missing six hours",
  "Hi,\n(1) There's a typo 'Recieved' on the approvals page header.\n(2) More importantly: the daily export has been "
  "missing the last six hours of each day all week (nothing after 18:00). Our finance reconciliation can't close "
  "without it and we have no other source for those rows.", "H", "F", "nowork", "mixed: labelled by the export broken without workaround"),
T("P", "e", "Simulations tab fallen over",
  "Hello, bit of a nightmare here I'm afraid - the simulations tab has fallen over completely. Every run ends in "
  "'Aborted' within a few seconds, whatever the rule set. Tried three browsers and two colleagues' logins; same "
  "result. We were rather relying on it for Friday's go-live.", "H", "F", "nowork", "simulations broken, no workaround (British)", pad=1),
T("E", "c", "second approver skipped",
  "approval chains with two approvers only ask the first one; the second step is marked 'auto-complete'. happening "
  "for all new requests since this morning.", "H", "F", "nowork",
  "approval step broken, no workaround (no money stated); agent's urgent mark routes", sig={"urgent": True}),
T("P", "w", "Rule import rejects all files",
  "Every rule import fails with 'Invalid file' in the web app - even the sample file from your own help page. We have "
  "120 rules to migrate from the old system this week and no other way to bring them in.", "H", "F", "nowork",
  "import broken, no workaround"),
T("E", "e", "Supplier portal connector down",
  "Our SAP Ariba connector stopped syncing approvals back to Ariba on Saturday; status shows 'authorisation failed' "
  "even after re-authorising twice. Purchase orders are stuck waiting for approval status on the Ariba side.", "H", "I",
  "nowork", "third-party connector broken, no workaround"),
T("P", "e", "Locked out after MFA change",
  "Since you enforced the new MFA flow, the authenticator codes are rejected for all four of our admins, so we are "
  "locked out of the web app entirely. Backup codes give 'invalid code' as well.", "H", "F", "nowork",
  "login failing for all admins, no workaround"),
T("S", "e", "Cancelling - moving to another tool",
  "Hi, how do I cancel our subscription? We're moving to another tool at the end of the month. Also the rule "
  "tester's been giving odd results, but that doesn't matter now.", "H", "B", "bill threat",
  "asking to cancel, moving vendor: threat to leave; account closure is billing"),
]
# ---------------- Medium ----------------
TICKETS += [
T("P", "w", "Bulk import times out at 5k rows",
  "Importing our 5,000-row price rule file times out after a couple of minutes with 'Request took too long'. If I "
  "split it into ten 500-row files each one goes through fine, so we're not stuck, it's just tedious.", "M", "F", "work",
  "import broken, smaller batches work"),
T("P", "s", "429 on nightly sync since 2nd region",
  "since we added the second region our nightly sync gets `429 Too Many Requests` from /v1/evaluate around 02:10. "
  "exponential backoff gets everything through eventually, but runtime doubled (40 -> 85 min).", "M", "I", "a429 work",
  "TAI API 429 through own burst, retries work", pad=4),
T("S", "e", "Nightly job fails 401 after key rotation",
  "Hello, after you asked us to rotate our API keys the nightly job fails with '401 Unauthorized'. If I re-run it by "
  "hand with the new key it works. I think the old key is cached somewhere on the server?", "M", "I", "a401 work",
  "401 from own rotated key, flow re-run by hand", pad=4),
T("P", "s", "emoji in payload -> could not parse",
  "POST /v1/evaluate -> 400 {\"error\":\"could not parse request body\"} whenever a product name has an emoji in it. "
  "stripping emojis client-side works for now.", "M", "I", "ajson work", "malformed-JSON error, workaround", pad=7),
T("E", "e", "409 on near-simultaneous saves",
  "We get 409 Conflict from PUT /v1/rules/{id} when two of our editors save within a second of each other. Not "
  "blocking - our tool retries - but the conflict message doesn't say which version won.", "M", "I", "aeng work",
  "TAI API 409 on an edge case, not blocking"),
T("E", "c", "API latency way up",
  "p95 on /v1/evaluate went from ~120 ms to ~900 ms since 08:00. everything still works, just slow. anything going on?",
  "M", "P", "work", "API slow but working"),
T("S", "w", "Website really slow",
  "The whole TAI website is very slow today - every page takes 10 seconds or more to load - but it does load "
  "eventually and we can work. Is it just us?", "M", "P", "work",
  "whole web app slow but working; structured platformImpactPct 20 is not > 20 (edge)", sig={"platformImpactPct": 20}),
T("P", "e", "Audit log screen takes a minute",
  "The audit log screen takes about a minute to load when we filter on March. Other screens are quick. We can wait, "
  "but it's becoming painful for the compliance team who live in that screen.", "M", "F", "work", "slowness confined to one screen"),
T("P", "e", "VIP rule not matching some gold customers",
  "Our 'VIP free shipping' rule doesn't match some customers who have tier=gold. Could be our data - some records came "
  "from an old CRM - but we can't see anything different about them. Can you help us find out which side it is?",
  "M", "F", "work", "potential bug, unsure whose side (§4.4 MEDIUM)", pad=1),
T("E", "w", "Report and export disagree",
  "Hi, finance here. The approvals report shows 1,204 approvals for February, but the CSV export of the same filter "
  "has 1,198 rows. Which number should we trust for our board pack?", "M", "F", "work", "report and export disagreeing: potential bug", pad=2),
T("S", "c", "dropdown doesn't open in safari",
  "in safari the condition dropdown in the rule editor won't open at all. works in chrome, so I'm using that for now.",
  "M", "F", "work", "works in another browser"),
T("P", "s", "node sdk 5.1 TypeError",
  "@tai/sdk 5.1.0:\n```\nTypeError: Cannot read properties of undefined (reading 'decision')\n    at Client.evaluate "
  "(node_modules/@tai/sdk/dist/client.js:214:31)\n```\npinned back to 5.0.3 which is fine.", "M", "I", "work",
  "SDK bug, older SDK works"),
T("E", "e", "Duplicate webhook deliveries",
  "Some webhook deliveries (maybe 1 in 200) arrive twice, a few seconds apart, same event id. We dedupe on event id so "
  "nothing breaks, but we'd like to know whether this is expected.", "M", "I", "work", "webhook misbehaving, handled by dedupe", pad=0),
T("P", "s", "next_cursor on last page",
  "GET /v1/approvals keeps returning a next_cursor on the last page; following it gives an empty list. costs us one "
  "wasted call per sync, we just stop on empty.", "M", "I", "work", "API paging misbehaving in form, workaround"),
T("P", "w", "Approvers not notified",
  "Approval notifications are not going out to approvers since last week. We're telling them by Teams message "
  "instead, which works but people miss things.", "M", "F", "work",
  "notifications broken with manual workaround; CSAT 2 < 5: churn risk", sig={"csat": 2}, pad=6),
T("P", "w", "Export dates in US format",
  "The rule export writes dates as MM/DD/YYYY although our workspace locale is en-GB. We reformat the column in Excel "
  "afterwards, so it's manageable.", "M", "F", "work", "export wrong format with workaround; CSAT 5 is no trigger",
  sig={"csat": 5}),
T("P", "e", "Paused integration - SDK dropping connections",
  "Hi, we paused our integration a few weeks ago because the Java SDK kept dropping connections under load; when we "
  "run jobs by hand with reconnects it works. We'd like to turn it back on - can someone look at the connection "
  "handling?", "M", "I", "work", "SDK flaky with manual workaround; no API call for 20 days: churn risk",
  sig={"lastApiCallAt": "2026-02-10T09:00:00Z"}),
T("E", "w", "Notifications 20 min late + misaligned button",
  "Cosmetic: the 'Approve' button is a few pixels lower than 'Reject'. More importantly, approval notifications arrive "
  "about 20 minutes late; approvers get there eventually.", "M", "F", "work", "mixed: labelled by delayed notifications (degraded)"),
T("S", "e", "Batch uploads rejected in bursts",
  "Our batch uploads keep getting rejected in bursts around midnight. They go through on the second attempt, so we've "
  "added a retry, but I'd like to understand why.", "M", "I", "work",
  "structured apiErrorCode 429 routes (text names no code); retry works", sig={"apiErrorCode": 429}),
T("E", "s", "intermittent evaluate failures",
  "intermittent failures on evaluate from our eu cluster, maybe 1%. retry succeeds every time.", "M", "I", "work",
  "structured apiErrorCode 502 routes to engineering; retry works", sig={"apiErrorCode": 502}, pad=7),
T("E", "e", "Simulations occasionally hang at 99%",
  "Terribly sorry to trouble you with this. Simulations occasionally hang at 99% and never finish; refreshing the page "
  "shows the result is actually there. Not a disaster, just thought you'd want to know.", "M", "F", "work",
  "polite; feature misbehaving, reload works", pad=1),
T("P", "c", "approvals queue showing doubles",
  "reckon something's a bit off with the approvals queue - items show up twice until you hit refresh, then they're "
  "fine. confusing for the new staff but no harm done.", "M", "F", "work", "approvals queue glitch, reload works (Australian)"),
T("S", "e", "Version compare showing wrong diff",
  "Dear Sir, the rule version compare screen is showing wrong differences some times (lines not changed are showing "
  "red). As of now we are checking manually only by opening both versions. Please look into the same.", "M", "F", "work",
  "compare screen wrong, manual workaround (Indian English)", pad=3),
T("P", "e", "Re: evaluate latency spikes every hour (still slow, works)",
  "still happening, same pattern today at 10:00, 11:00 and 12:00 - p99 jumps to ~2 s for a few minutes then settles. "
  "calls all succeed.", "M", "P", "work", "follow-up; API slow but working"),
T("P", "p", "SSO login loops once",
  "Caller from their IT desk: users signing in through Google SSO land back on the login page the first time; "
  "clicking 'Sign in with Google' again lets them in. Annoying rather than blocking, he said.", "M", "I", "work", "SSO glitch with workaround"),
T("E", "e", "Salesforce connector misses late updates",
  "The Salesforce connector doesn't pick up records updated in the last minute before a sync; the next sync catches "
  "them. For most objects that's fine, for opportunities it means a 15-minute lag.", "M", "I", "work",
  "connector misbehaving, next run catches up", pad=2),
T("S", "w", "evaluate calls sometimes time out",
  "Now and then a call to evaluate just hangs and our client gives up after 30 seconds - no status code, no body. "
  "Retrying works straight away. Happens a few times an hour.", "M", "P", "work", "timeout without answer is no API error; API slow but working"),
T("P", "s", "404 on versions/0",
  "GET /v1/rules/r_81/versions/0 -> 404 Not Found; docs say version 0 is the draft. not blocking, we read latest and "
  "filter.", "M", "I", "aeng work", "TAI API 404 on an edge case, not blocking", pad=0),
T("E", "w", "CSV import still trims leading zeros",
  "The CSV import still trims leading zeros from our SKU codes (00417 becomes 417). We pad them back with a script "
  "afterwards. This is the third ticket we've opened on it.", "M", "F", "work",
  "import bug with workaround; 3 same-issue tickets: churn risk", sig={"sameIssueTickets": 3}),
T("P", "e", "Import says 1,000 but only 940 there",
  "The import of our 1,000 price rules reported success, but only 940 appear in the rule list. Re-importing just the "
  "missing 60 worked. Worried it'll happen again next month.", "M", "F", "work", "import dropping rows (never stored), re-import works"),
T("P", "c", "Zapier trigger late",
  "the zapier 'new approval' trigger fires late, sometimes 15 minutes after the approval. we can live with it but "
  "our slack channel gets confusing.", "M", "I", "work", "connector delayed, still works"),
T("S", "e", "Re: rule tester gives different answer than live",
  "still happening - tested again today with the same basket, tester says 'discount 5%', live checkout gave 0%. "
  "Could be our checkout plugin, could be you. We're applying it by hand at the till when customers complain.", "M",
  "F", "work", "follow-up; potential bug, unsure whose side"),
T("E", "e", "Escalation from sales: Fabrikam slow approvals",
  "Hi, account exec for Fabrikam here. They mentioned on our renewal call that the approvals inbox takes ages to load "
  "in the mornings (30 s+), it works but their managers grumble. They were clear they're happy overall and renewing; "
  "I just want it on engineering's radar.", "M", "F", "work", "sales escalation; one screen slow; no threat (renewing)", pad=2),
T("P", "w", "Rule search misses some rules",
  "Searching rules by name doesn't find rules whose names contain an ampersand (e.g. 'Food & Drink'). Scrolling the "
  "list finds them, so it's a workaround.", "M", "F", "work", "search misbehaving, workaround"),
T("S", "s", "webhook signature mismatch sometimes",
  "maybe 2% of webhook deliveries fail our HMAC check (X-TAI-Signature). those same events verify if we re-fetch via "
  "GET /v1/events/{id}. using that as fallback.", "M", "I", "work", "webhook misbehaving, fallback works"),
T("E", "e", "Simulation results differ on rerun",
  "Running the same simulation twice on the same data gives slightly different totals (within 0.3%). We can't tell "
  "whether our sample data changes between runs or whether it's the engine. Not urgent.", "M", "F", "work",
  "potential bug, unsure whose side; an urgent flag set false is no trigger", sig={"urgent": False}),
T("P", "e", "Okta group sync duplicates roles",
  "Okta group push adds the 'Editor' role twice for users in two groups; removing one by hand fixes it. About 15 "
  "users affected.", "M", "I", "work", "SCIM misbehaving, manual fix"),
T("S", "c", "export button greyed out in firefox",
  "the export button on reports stays greyed out in firefox. edge works fine. just letting you know.", "M", "F", "work",
  "feature broken in one browser"),
T("P", "e", "Kindly check slow rule save",
  "Dear Team, saving a rule is taking almost 40-50 seconds since last week, earlier it was instant. It is saving only, "
  "but our team is losing time waiting. Kindly check and revert.", "M", "F", "work", "one screen slow, still works (Indian English)", pad=3),
T("E", "s", "ruby sdk retries POST twice",
  "tai-ruby 2.3 retries non-idempotent POST /v1/approvals on read timeout, we ended up with duplicate approval "
  "requests (caught them in review, cancelled). disabled sdk retries, fine now.", "M", "I", "work",
  "SDK misbehaving, workaround (retries off)"),
T("P", "w", "Chart shows wrong week",
  "The 'decisions per week' chart on the dashboard labels the weeks one off (the bar for 24 Feb is labelled 17 Feb). "
  "The table underneath is right, so we use that.", "M", "F", "work", "report misbehaving, table works"),
T("E", "e", "Bulk reassign approvals fails over 100",
  "Bulk reassigning more than 100 pending approvals fails with a red banner; doing it in chunks of 50 works. We need "
  "this every time a manager goes on leave.", "M", "F", "work", "bulk action broken, smaller batches work", pad=6),
T("S", "w", "Rule editor autosave lost a change",
  "Twice this week the editor didn't keep a condition I had just typed when I switched tabs quickly - I had to add "
  "it again. Saving explicitly before switching seems to avoid it.", "M", "F", "work", "unsaved edit lost (never stored), workaround"),
T("P", "e", "Teams connector posts without link",
  "The Microsoft Teams connector posts approval messages without the 'Open in TAI' link since Friday. Approvers find "
  "the item by searching, so it still works.", "M", "I", "work", "connector misbehaving, workaround"),
]
# ---------------- Low ----------------
TICKETS += [
T("P", "w", "Copy rule set to another workspace?",
  "Hi, is there a way to copy a whole rule set from our staging workspace to production, or do we have to recreate "
  "each rule by hand? Couldn't find it in the menus.", "L", "O", "", "how-to about the web app"),
T("S", "e", "Webhook docs show wrong header",
  "Small thing: the webhook signature page in your docs shows the header as X-Tai-Sig, but what we receive is "
  "X-TAI-Signature. Took us an hour to spot. Might be worth fixing.", "L", "O", "", "docs error"),
T("S", "e", "401 with my new test key",
  "Hi, first time using the API. I get '401 Unauthorized' with the test key I just created. Which header should the "
  "key go in - Authorization: Bearer, or something else?", "L", "I", "a401", "401 asked as a how-to"),
T("P", "s", "rate limit on evaluate?",
  "what's the rate limit on /v1/evaluate for Professional? saw a handful of 429s at 300 rps in a load test, just want "
  "to size our pool.", "L", "I", "a429", "429 asked as a question"),
T("P", "s", "422 vs 400 from /v1/rules",
  "quick one: when does /v1/rules return 422 instead of 400? our error handler treats them the same and I'd like to "
  "split them properly.", "L", "I", "aeng", "TAI API error code asked as a plain question"),
T("S", "e", "Annual charge on our card?",
  "Hello, I look after the accounts for a small bakery chain. There's a charge of $1,188 from TAI on our card marked "
  "'annual', but I thought we paid monthly. Could someone explain what it's for? Thank you.", "L", "B", "bill",
  "finance clerk's billing question"),
T("P", "e", "Invoice needs our VAT number",
  "Could you reissue invoice INV-2026-0218 with our VAT number (GB 284 6619 37) on it? Our auditors won't accept it "
  "without.", "L", "B", "bill", "billing paperwork", pad=1),
T("S", "w", "Does Professional include SSO?",
  "We're on Starter. Does the Professional plan include SSO with Google Workspace, or is that Enterprise only?",
  "L", "B", "bill", "does my plan include X: billing"),
T("P", "e", "Overage charge in January",
  "We were charged an overage of $240 in January, but our usage dashboard shows 91% of the included evaluations. "
  "Please check and refund if it's a mistake.", "L", "B", "bill", "billing dispute"),
T("E", "e", "Close sandbox sub-account",
  "Please close our 'sandbox-2' sub-account at the end of the month. The main account and the other workspaces stay "
  "as they are.", "L", "B", "bill", "closing a secondary sub-account while staying: paperwork"),
T("E", "e", "Price match request",
  "We have a quote from another vendor about 20% below our current TAI pricing. We're happy with TAI and intend to "
  "stay, but ahead of renewal we'd like you to match it. Who can we discuss this with?", "L", "B", "bill neg",
  "Enterprise price negotiation while staying: vp"),
T("E", "e", "Contract amendment: +50 seats, quarterly invoicing",
  "Hi, we'd like to amend our contract to add 50 seats from April and move to quarterly invoicing. Can you send the "
  "paperwork?", "L", "B", "bill neg", "Enterprise contract change: vp", pad=2),
T("P", "p", "Refund for double charge",
  "Finance clerk rang: two identical card charges for February, both on the 1st. Asks for one to be refunded to the "
  "card. Polite but a bit fed up with the survey emails.", "L", "B", "bill",
  "billing dispute; CSAT 3 only alerts (Finance wins)", sig={"csat": 3}),
T("S", "e", "WHERE IS MY FEBRUARY INVOICE???",
  "I HAVE ASKED TWICE. WHERE IS MY INVOICE FOR FEBRUARY??? MY ACCOUNTANT NEEDS IT BY FRIDAY!!!", "L", "B", "bill",
  "shouting about billing paperwork stays Low"),
T("P", "e", "What if we ever cancelled?",
  "Procurement question for our vendor file: if we ever cancelled, how long would our data be retained and could we "
  "export it first? No plans to, it's a standard question we ask all suppliers.", "L", "B", "bill",
  "procurement question about cancelling: no threat"),
T("P", "p", "Downgrade to Starter",
  "Caller (office manager) wants to downgrade to Starter from next month - their volumes dropped after a "
  "reorganisation. Said clearly they're staying with TAI, just smaller, and asked for written confirmation.", "L", "B", "bill", "downgrade while staying"),
T("S", "w", "Dark mode please",
  "Would love a dark mode for the rule editor, my eyes after 6pm... Just an idea for your roadmap.", "L", "F", "freq",
  "feature request"),
T("S", "e", "SAML SSO on Starter",
  "Our security team now requires SAML SSO for every tool we use. Please consider adding SSO to the Starter plan - "
  "we'd use it straight away.", "L", "F", "freq", "feature request (SSO), not a security issue"),
T("P", "w", "URGENT!!! BULK DELETE",
  "URGENT!!! WE NEED A BULK DELETE BUTTON ON THE RULE LIST. DELETING 300 OLD RULES ONE BY ONE IS INSANE!!!", "L", "F",
  "freq", "shouted feature request stays Low"),
T("P", "e", "Suggestion: approver comments",
  "Suggestion from our finance team: it would be great if approvers could add a mandatory comment when rejecting. "
  "Right now they reject without saying why.", "L", "F", "freq",
  "feature request; CSAT 4 only alerts (feature-request log wins)", sig={"csat": 4}),
T("E", "s", "webhook for rule.published?",
  "feature ask: could you add a webhook event when a rule set is published? we'd trigger our cache purge off it.",
  "L", "F", "freq", "feature request (webhooks)"),
T("P", "s", "ETag on GET /v1/rules",
  "feature request: expose ETag / If-None-Match on GET /v1/rules so we can cache. would cut our calls by ~80%.", "L",
  "F", "freq", "feature request (API)"),
T("S", "e", "Third time asking: Xero export",
  "Third time asking: please add an export straight to Xero. Still copying numbers across by hand every month.",
  "L", "F", "freq", "repeated feature request stays in the log; 3 same-issue tickets only alert",
  sig={"sameIssueTickets": 3}),
T("P", "w", "Tooltip typo",
  "Tooltip on the 'Threshold' field says 'Treshold'. Trivial, I know.", "L", "F", "", "cosmetic"),
T("E", "e", "THE PDF EXPORT FONT IS HIDEOUS",
  "Who chose the font in the PDF export? It looks like a ransom note. Our board gets these reports and I am "
  "EMBARRASSED every month. Sort it out.", "L", "F", "", "furious about a cosmetic issue: Low"),
T("S", "c", "cheers",
  "cheers for sorting the webhook thing yesterday, all good now. legends.", "L", "O", "", "thanks"),
T("E", "e", "RCA for Tuesday's outage",
  "Now that Tuesday's outage is resolved, could you send us the RCA? Our risk committee meets on Friday and wants "
  "the root cause and the preventive actions.", "L", "O", "", "RCA of a past incident", pad=2),
T("P", "e", "Last week's 503s - cause?",
  "The 503s we got from /v1/evaluate last Thursday stopped the same afternoon and haven't come back. For our incident "
  "report, could you confirm what caused them?", "L", "O", "", "codes in a past, fixed incident are no API error"),
T("E", "e", "SOC 2 report and questionnaire",
  "Please send your latest SOC 2 Type II report and complete the attached vendor security questionnaire by the end "
  "of the month.", "L", "O", "", "compliance paperwork", pad=1),
T("P", "p", "Data retention for GDPR",
  "Caller (their DPO) asks, for their GDPR records of processing: how long does TAI keep evaluation logs and request payloads, and can they set a "
  "shorter retention?", "L", "O", "", "retention question for GDPR: paperwork"),
T("S", "e", "If there was a breach, would you tell us?",
  "Hypothetical question from our owner: if TAI ever had a data breach, how quickly would you notify us, and is that "
  "in our terms?", "L", "O", "", "hypothetical breach-notification question: security question"),
T("P", "s", "what if your api goes down",
  "what happens if your API goes down mid-checkout - does the node sdk fail open or closed? and is that configurable?",
  "L", "I", "", "hypothetical outage: API how-to"),
T("E", "s", "sdk retry on 500?",
  "if your API ever returned a 500 on evaluate, would the java sdk retry automatically or throw? deciding whether to "
  "wrap it.", "L", "I", "", "an imagined 500 is no API error"),
T("S", "e", "How to paginate approvals",
  "How do I page through /v1/approvals? The response has a cursor field but I can't see how to pass it back.", "L", "I",
  "", "API how-to"),
T("P", "w", "Help link goes nowhere",
  "The '?' help link on the Simulations page opens a page that says 404 - page not found.", "L", "O", "",
  "404 behind a docs help link: docs"),
T("S", "p", "Giving my assistant manager access",
  "Caller is the manager of a hardware store. Wants to know how to let her assistant manager approve returns without "
  "being able to change prices. Walked her through roles on the phone; she'll try tomorrow.", "L", "O", "",
  "how-to about the web app (call notes)"),
T("S", "w", "Default currency for rules",
  "How can I set a default currency for new rules? Every time I have to pick AUD from the list.", "L", "O", "",
  "how-to; last API call 13 days ago is no trigger (edge)", sig={"lastApiCallAt": "2026-02-17T17:00:00Z"}, pad=5),
T("P", "e", "Exporting all rules as JSON",
  "Hi, we've been off over the holidays and are restarting our project. How do we export all our rules as JSON from "
  "the web app?", "L", "O", "", "how-to; no API call for 30 days: churn risk", sig={"lastApiCallAt": "2026-01-31T10:00:00Z"}),
T("S", "c", "second admin",
  "how do I add a second admin to our account?", "L", "O", "", "how-to; agent's urgent mark routes, does not raise",
  sig={"urgent": True}),
T("P", "w", "Where are the saved filters?",
  "Where do saved filters on the approvals list live? I saved one last week and can't find it again.", "L", "O", "",
  "how-to; CSAT 1 < 5: churn risk", sig={"csat": 1}),
T("S", "e", "Nonprofit discount?",
  "We're a charity and we are NOT planning to leave, but is there a nonprofit discount on the Starter plan?", "L", "B",
  "bill", "price question, explicitly no threat"),
T("P", "e", "Encryption at rest?",
  "Our IT manager asks whether TAI encrypts customer data at rest and in backups, and with which key management.",
  "L", "O", "", "security question, not a security issue", pad=1),
T("E", "e", "Customer question: sandbox in Enterprise?",
  "Sales here - quick one from one of my Enterprise customers, who is planning next year's budget: does Enterprise "
  "include a separate sandbox workspace, or is that an add-on?", "L", "B", "bill", "does the plan include X: billing"),
T("E", "e", "Copy of signed order form",
  "Hi, CSM for Acme Logistics. Their procurement team asked for a copy of their signed 2025 order form for their "
  "records. Can finance send it over?", "L", "B", "bill", "contract paperwork, no change"),
T("P", "e", "Re: typo 'Aproved' in the status column",
  "still happening after today's release, just FYI - no rush.", "L", "F", "",
  "follow-up; subject says cosmetic typo; 2 same-issue tickets is no trigger (edge)", sig={"sameIssueTickets": 2}),
T("P", "e", "ABSOLUTELY UNACCEPTABLE icon",
  "ABSOLUTELY UNACCEPTABLE that the 'delete' icon is a bin and the 'archive' icon is ALSO a bin-looking box. My team "
  "nearly clicked the wrong one. Change the icon.", "L", "F", "", "furious about a cosmetic issue: Low"),
T("P", "s", "sdk for go?",
  "any plans for an official go sdk? we'd much rather not maintain our own client. +1 from three teams here.", "L", "F",
  "freq", "feature request (SDK)"),
T("S", "c", "how do webhooks retry",
  "how many times do you retry a webhook if our endpoint returns 500? our server was down for an hour last night "
  "during maintenance.", "L", "I", "", "customer's own 500 is no TAI API error; webhook how-to"),
T("E", "s", "ERP says Error 404 on approval callback",
  "our ERP logs 'Error 404 - route not found' when your approval callback hits it; that's on us (we moved the route), "
  "just confirming the callback URL can be changed in settings?", "L", "I", "",
  "ERP's own 404 is no TAI API error; how-to"),
T("P", "e", "Service credit for last month",
  "Per the SLA we believe we're owed a service credit for the downtime on 11 February (resolved the same day). Could "
  "you apply it to the next invoice?", "L", "B", "bill", "service credit for a past incident: billing"),
]

REFS_PRIO = {"Critical": "quick ref Severity Decision, D11, D16", "High": "quick ref Severity Decision, D11",
             "Medium": "quick ref Severity Decision, §4.4, D11", "Low": "§2.2.1 default LOW, D11"}
REFS_ROUTE = {"AutoResolve": "§2.1 Tier 1, D12", "EngineeringEscalation": "§2.1 Tier 1, §4.4, D12",
              "Finance": "§2.1 Tier 2, D12", "FeatureRequestLog": "§2.1 Tier 3, D12",
              "ChurnEscalation": "§2.1 Tier 4, §4.3, D12, D14", "StandardSupport": "§2.1, D12"}


def label(t):
    f, s = set(t["facts"]), t["sig"]
    code = s.get("apiErrorCode")
    if code is not None:
        f.add({401: "a401", 429: "a429"}.get(code, "aeng"))
    impact = s.get("platformImpactPct", 0) > 20
    churn_sig = (s.get("csat", 99) < 5 or s.get("sameIssueTickets", 0) >= 3 or s.get("urgent") is True
                 or ("lastApiCallAt" in s and s["lastApiCallAt"] < NOW_MINUS_14D))
    prio, cat = PRIOS[t["prio"]], CATS[t["cat"]]
    # priority derived from the facts, checked against the one I wrote
    if f & {"down", "money", "loss"} or impact:
        want = "Critical"
    elif f & {"nowork", "legal", "sec", "threat"}:
        want = "High"
    elif "work" in f:
        want = "Medium"
    else:
        want = "Low"
    assert prio == want, (t["subject"], prio, want)
    # category constraints
    if f & {"loss", "sec", "down"} or impact:
        assert cat == "Platform" or (f & {"money"} and cat in ("Feature", "Integration")) or (
            f & {"money", "down"} and cat == "Platform"), t["subject"]
    if "freq" in f:
        assert cat == "Feature" and prio == "Low", t["subject"]
    if "bill" in f:
        assert cat == "Billing", t["subject"]
    if "neg" in f:
        assert t["tier"] == "E" and "bill" in f, t["subject"]
    if "legal" in f and "sec" not in f:
        assert cat == "Other", t["subject"]
    if cat == "Platform" and prio == "Critical":
        assert f & {"down", "loss"} or impact, t["subject"]
    # route (§2.1 first match)
    if f & {"a401", "a429", "ajson"}:
        route = "AutoResolve"
    elif "aeng" in f:
        route = "EngineeringEscalation"
    elif "bill" in f:
        route = "Finance"
    elif "freq" in f:
        route = "FeatureRequestLog"
    elif prio == "Critical" or "threat" in f or churn_sig:
        route = "ChurnEscalation"
    else:
        route = "StandardSupport"
    pages = set()
    if prio == "Critical":
        pages |= {"oncall", "status", "vp"}
    if route == "ChurnEscalation" or f & {"threat", "neg"}:
        pages.add("vp")
    if f & {"legal", "sec"}:
        pages.add("legal")
    if f & {"sec", "loss"}:
        pages.add("oncall")
    refs = [REFS_PRIO[prio], REFS_ROUTE[route], "§2.2.2"]
    if pages:
        refs.append("§4.2" + (", §4.4" if "oncall" in pages else "") + (", §4.1 Tier 4" if "legal" in pages else ""))
    if s:
        refs.append("D11 signals" + (", D14" if churn_sig else ""))
    reason = f'{t["why"]} -> {cat}, {prio}, {route}; pages {"+".join(sorted(pages)) or "none"} ({"; ".join(refs)})'
    return dict(priority=prio, category=cat, route=route, pages=sorted(pages), reason=reason)


def main():
    assert len(TICKETS) == 150, len(TICKETS)
    rnd = random.Random(20261207)
    order = list(TICKETS)
    rnd.shuffle(order)
    rows = []
    for i, t in enumerate(order, 1):
        body = t["body"] + (PAD[t["pad"]] if t["pad"] is not None else "")
        row = {"id": f"S{i:03d}", "tier": TIERS[t["tier"]], "channel": CHANNELS[t["ch"]], "subject": t["subject"],
               "body": body}
        if t["sig"]:
            row["signals"] = t["sig"]
        row["expected"] = label(t)
        row["split"] = "fresh11"
        rows.append(row)
    assert len({r["id"] for r in rows}) == 150 and len({r["subject"] for r in rows}) == 150
    for r in rows:
        assert len(r["body"]) <= 2000, r["id"]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tickets-fresh11.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    C = collections.Counter
    def show(name, c):
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    show("route", C(r["expected"]["route"] for r in rows))
    show("priority", C(r["expected"]["priority"] for r in rows))
    show("category", C(r["expected"]["category"] for r in rows))
    show("tier", C(r["tier"] for r in rows))
    show("channel", C(r["channel"] for r in rows))
    show("pages", C("+".join(r["expected"]["pages"]) or "none" for r in rows))
    show("page kinds", C(p for r in rows for p in r["expected"]["pages"]))
    print(f"long bodies (600-2,000 chars): {sum(600 <= len(r['body']) <= 2000 for r in rows)}; "
          f"bodies >= 20 words: {sum(len(r['body'].split()) >= 20 for r in rows)}; "
          f"with structured signals: {sum('signals' in r for r in rows)}")


if __name__ == "__main__":
    main()
