#!/usr/bin/env python3
"""Writes tickets-fresh.jsonl: 120 NEW inbox tickets (issue 15, "we will also run triage on realistic tickets you
have not seen"), written in session 7 by a helper who had not read the texts of tickets.jsonl, only its format and
label vocabulary, and labelled by hand BEFORE any tool ran on them (the commit that adds this file and the .jsonl
precedes the commit that adds the test; that order is the proof).

Same format as tickets.jsonl (id, tier, channel, subject, body, optional signals, expected {priority, category,
route, pages, reason}, split). split is "fresh" for every ticket: none of them was used to tune anything.

Labelling rules (the manual and default-policy, the same reading as tickets.jsonl's header so the figures compare):
- Priority (quick reference "Severity Decision", §2.2.1, D11): Critical = TAI is down for the customer now, the
  customer is losing money now because of TAI, data loss or corruption, > 20 % of the platform, or an Enterprise
  (Tier 3) production customer unable to use the product (§4.4 URGENT, D16 P1). High = a feature broken (wrong data,
  failing calls, latency > 500 ms, error rate > 5 %) with no workaround known; a legal or security issue; a churn
  threat (policy floors). Medium = broken with a working workaround; a potential bug / edge case (§4.4 MEDIUM).
  Low = cosmetic, docs, questions, requests, billing questions, the default. Past, resolved, hypothetical, negated
  outages are not current. "Urgent" / capitals / "disaster" about a trivia do not raise priority.
- Route (§2.1, D12, first match): API error in the auto-resolve list (401, 429, malformed JSON) -> AutoResolve
  (never for a Critical ticket: then EngineeringEscalation); other API error -> EngineeringEscalation; billing /
  account (plan, invoice, refund, cancelling the subscription or account) -> Finance; feature request ->
  FeatureRequestLog (not when a current problem is reported alongside: the broken part wins); urgent (Critical) or
  churn risk (threat, CSAT < 5, 14+ days without API call, 3+ tickets on the same issue) -> ChurnEscalation;
  otherwise StandardSupport.
- Category (§2.2.2): Billing > Platform (down, degraded, data loss, security hole) > Feature for a request >
  Integration (API error, webhook, SDK, SSO, connector) > Feature (broken feature, wrong data) > Other (questions,
  cosmetic, docs, legal).
- Pages (which pagers a correct triage sends): Critical -> vp + status + oncall (§4.2); churn route or §4.3
  "canceling/leaving" -> vp; Enterprise contract change / price negotiation -> vp (§4.2); legal/security -> legal
  (General Counsel + CISO, §4.2); a security vulnerability also -> oncall (§4.4 URGENT). Alerts (Finance, CSM,
  dedicated CSM, support engineer, Slack to engineering) are not pages.
"""
import json
import os

CRIT = ["oncall", "status", "vp"]
T = []


def t(tier, channel, subject, body, priority, category, route, reason, pages=(), signals=None):
    T.append(dict(tier=tier, channel=channel, subject=subject, body=body, signals=signals,
                  priority=priority, category=category, route=route, pages=sorted(pages), reason=reason))


SIG = "\n\n--\n"

# ---------------------------------------------------------------- Critical
t("Professional", "email", "Slight hiccup on our end?",
  "Hi team, hope you're well.\n\nSorry to bother you, it's probably something on our side, but since about 07:40 CET "
  "none of our 35 agents can log into TAI at all - the login page spins and then goes blank. The whole team has been "
  "idle for two hours now. No rush of course, whenever you have a moment.\n\nBest,\nIngrid\nSenior Ops Coordinator | Nordlys Logistics AS",
  "Critical", "Platform", "ChurnEscalation", "polite understatement of a current total outage: nobody can use TAI now (quick reference CRITICAL, §2.2.1)", CRIT)
t("Starter", "chat", "hello?? everything is red",
  "dashboard gives 502 bad gateway, api also 502 on every call, its been like 25 min. nothing loads \U0001F630",
  "Critical", "Platform", "EngineeringEscalation", "TAI down for them now (every call 502); an API error outside auto-resolve routes to engineering first (§2.1, D12)", CRIT)
t("Enterprise", "phone", "Call: claims automations stopped",
  "Caller: M. Okafor (Head of Claims, Meridian Mutual). Claims triage automations have not executed since 02:00 ET; "
  "queue at 4,300 claims and growing. Customer says regulators require first contact within 24h and they are losing "
  "money on penalties every hour this continues. Asked for a callback from engineering.",
  "Critical", "Platform", "ChurnEscalation", "Enterprise production stopped and losing money now (CRITICAL; §4.4 URGENT); regulator mention is context, not a legal issue", CRIT)
t("Professional", "web", "Platform not respond since morning",
  "Good day. From 8 o'clock our time (UTC+3) the TAI platform is not respond to any request, all the scenario stay in "
  "'pending' status. We cannot to process the shipments of today. Please to check urgently.\nWith respect, Dmitri",
  "Critical", "Platform", "ChurnEscalation", "non-native wording of a current outage: nothing responds, work stopped (CRITICAL)", CRIT)
t("Starter", "email", "Checkout rules dead - every order since 11:00 rejected",
  "Our storefront calls TAI for the shipping rule on every checkout and since 11:00 every single call hangs, then the "
  "cart errors out. We've taken zero orders in 3 hours on a Saturday; roughly EUR 1.8k/hour gone. I know we're only "
  "on Starter but this is killing us.",
  "Critical", "Platform", "ChurnEscalation", "losing money now because TAI calls hang (CRITICAL: losing money)", CRIT)
t("Enterprise", "email", "Where did our 2025 audit trail go?",
  "Hello,\n\nOur compliance officer went to pull the 2025 decision audit trail this morning and everything between "
  "January and August is simply not there anymore - the table starts at 2025-09-01. We have not run any purge job "
  "(our retention is set to 7 years, I double-checked). We need those records for our annual audit in 3 weeks.\n\n"
  "Can someone look at this with priority?\n\nRegards,\nPriya Raman\nPlatform Engineering, Helix Pharma\n\n"
  "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you are not the intended recipient, delete it.",
  "Critical", "Platform", "ChurnEscalation", "data loss: eight months of records gone without a purge (§4.4 URGENT, D16 P1); no legal event yet", CRIT)
t("Professional", "web", "customer names are now ??????",
  "After yesterday's import every customer record with an accent in the name shows ?????? instead, e.g. 'Jos? M?ller'. "
  "It's not just display: exports have the question marks too, so the original characters are gone from the stored "
  "data. About 2,300 records.",
  "Critical", "Platform", "ChurnEscalation", "data corruption in stored records (§4.4 URGENT, D16 P1)", CRIT)
t("Enterprise", "chat", "eu-west totally broken?",
  "ok so it's not just us, our partner on a different account says the same - all EU-region workspaces fail to run "
  "rules since 14:05, your status page still says green. ~60% of our tenants are on EU",
  "Critical", "Platform", "ChurnEscalation", "widespread current outage of a whole region across accounts (§4.4 > 20 %, CRITICAL)", CRIT)
t("Starter", "phone", "Call: 'probably nothing'",
  "Customer called, very calm, said it is 'probably nothing', but: their scheduled jobs have not run for 2 days and "
  "every page of the app just shows the grey 'we'll be right back' screen. They run their invoicing on TAI. Asked us to check.",
  "Critical", "Platform", "ChurnEscalation", "understated current outage: app unavailable, jobs not running (CRITICAL); 'invoicing' is their business, not a billing question", CRIT)
t("Enterprise", "web", "SAP connector stopped - all goods receipts stuck",
  "Since the certificate rotation you announced for 03:00 UTC, the TAI-SAP connector rejects every message with "
  "'handshake failed'. Our three plants cannot post goods receipts; production planning is blind. We have no manual "
  "fallback for this volume.",
  "Critical", "Integration", "ChurnEscalation", "Enterprise production customer unable to use the product, no workaround (§4.4 URGENT); a connector: Integration", CRIT)
t("Professional", "web", "Monitor alert",
  "Auto-generated by Datadog: synthetic check 'rules-eval' failing.",
  "Critical", "Platform", "ChurnEscalation", "structured platformImpactPct 35 (> 20 %, §4.4 URGENT, D11 structured first)", CRIT,
  signals={"platformImpactPct": 35})
t("Starter", "email", "Escalated by CSM",
  "See call notes.",
  "Critical", "Other", "ChurnEscalation", "structured losingMoney true (CRITICAL, D11); nothing says what broke, so Other", CRIT,
  signals={"losingMoney": True, "financialImpact": 12000})
t("Professional", "email", "Re: Re: Incident 4471 follow-up",
  "Hi Sam,\n\nThanks for the RCA on last month's outage, very thorough.\n\nUnfortunately we're down AGAIN right now - "
  "same symptoms as 4471: every rule evaluation times out after 30 s and our ops floor has had nothing to work with "
  "since 10:15.\n\nCan you get someone on it?\n\nJordan\n\n> On 12 Feb, Sam (TAI Support) wrote:\n> The outage on 3 "
  "February was caused by a failed database failover. It was resolved at 14:20 UTC.\n> We have added monitoring so it "
  "does not happen again.",
  "Critical", "Platform", "ChurnEscalation", "a NEW current outage in a reply thread about a past one (CRITICAL)", CRIT)
t("Enterprise", "email", "Payment routing failing - approx USD 40k/hr impact",
  "Our payment-routing rules in TAI have been returning an empty decision since 09:02 PT, so the gateway falls back to "
  "decline. Finance estimates USD 40k per hour in lost authorisations. War room open on our side; please join.",
  "Critical", "Platform", "ChurnEscalation", "losing money now because TAI returns nothing (CRITICAL); 'payment'/'finance' are their business, not a billing question", CRIT)
t("Starter", "web", "URGENTE todo caido",
  "Hola, since 1 hour nada funciona, the app says 'Error interno' on every screen and the API returns 500 for all "
  "calls. No podemos trabajar. Gracias",
  "Critical", "Platform", "EngineeringEscalation", "mixed-language current outage, every call 500: CRITICAL, API error -> engineering (§2.1)", CRIT)
t("Professional", "email", "everything unauthorised since your key migration",
  "Since your forced key migration last night every single API call from our production comes back 'unauthorised' "
  "(401) - including with a brand-new key generated in the dashboard 10 minutes ago. Our whole order sync is down and "
  "orders are not reaching the warehouse.",
  "Critical", "Platform", "EngineeringEscalation", "production down for them after a TAI-side change; a Critical ticket is never auto-closed, so engineering", CRIT)
t("Enterprise", "chat", "\U0001F525\U0001F525 prod is down \U0001F525\U0001F525",
  "all workflows failing, 0 throughput since 16:20, pls escalate",
  "Critical", "Platform", "ChurnEscalation", "short emoji chat: production down now (CRITICAL)", CRIT)
t("Professional", "phone", "Call: archive deleted history",
  "Agent note: caller says the bulk 'Archive' action in the UI actually deleted 18 months of rule history for all 4 of "
  "their workspaces; the archive view is empty and the restore button errors. They did not choose delete.",
  "Critical", "Platform", "ChurnEscalation", "data loss caused by the product (§4.4 URGENT, D16 P1)", CRIT)
t("Enterprise", "web", "500s on every write",
  "Since 13:30 UTC every POST/PUT to api.tai.example returns HTTP 500 (reads are OK). Our production can't create or "
  "update anything; all our ops teams are blocked.",
  "Critical", "Platform", "EngineeringEscalation", "Enterprise production unable to work (§4.4 URGENT), 500 -> engineering (§2.1)", CRIT)

# ---------------------------------------------------------------- High, broken, no workaround
t("Professional", "email", "Scheduled exports not sending since v5.2",
  "Hi, the weekly CSV export to our SFTP has not run since you shipped 5.2 on Tuesday. The schedule shows 'next run: -'. "
  "Re-saving the schedule does nothing, and there's no manual export for that report type. Our finance team relies on "
  "it Monday mornings.",
  "High", "Feature", "StandardSupport", "feature broken since a release, no workaround (quick reference HIGH)")
t("Starter", "web", "teh approval button dose nothing",
  "when i click Approve on a rule change nothing hapens, no error, no nothing. tried chrome and firefox and edge, "
  "cleared cache. my colleauge same. we cant publish any rule changes now",
  "High", "Feature", "StandardSupport", "typo-ridden report of a broken feature, alternatives tried, no workaround (HIGH)")
t("Enterprise", "email", "Timezone shift in SLA reports",
  "The SLA compliance report shows every ticket closed between 23:00 and 00:00 Sydney time on the previous day, so our "
  "daily breach counts are wrong by roughly 4%. Raw API data has the correct timestamps; the report aggregation does "
  "not. We present these numbers to our board.",
  "High", "Feature", "StandardSupport", "wrong data in reports (§4.4 HIGH 'API returning wrong data'), no workaround stated")
t("Professional", "chat", "rules > 50 conditions",
  "rules with more than 50 conditions silently drop the rest - rule 'Tariff-EU' has 64 conditions, only the first 50 "
  "are evaluated (checked with the debug trace). can't split it, the ordering matters.",
  "High", "Feature", "StandardSupport", "reproducible bug with customer impact, no workaround (§4.4 HIGH)")
t("Starter", "email", "email notifications",
  "Hello, unlike the outage in January (which you fixed fast, thanks!) this one is smaller: since Monday the 'rule "
  "failed' email notifications don't arrive at all for our account. Checked spam, checked the address, tested with two "
  "other mailboxes. We have no other way to learn that a rule failed.",
  "High", "Feature", "StandardSupport", "current broken feature, no workaround; the January outage is past (HIGH)")
t("Enterprise", "web", "p99 went from 180 ms to 2.4 s",
  "Since the maintenance window on Saturday our rule-evaluation p99 is ~2.4 s (was 180 ms), p50 is 900ms. Our checkout "
  "has a hard 1 s budget so about 30% of our requests now fall back to defaults. No change on our side.",
  "High", "Platform", "StandardSupport", "latency > 500 ms for one customer (§4.4 HIGH); 30 % of THEIR requests, not of the platform")
t("Professional", "email", "Okta login loop",
  "Hi there,\n\nLong-time user, first time writing in. Since this morning, when anyone on our team signs in with Okta "
  "they land back on the TAI login page in an endless loop. The Okta side shows a successful assertion. Password login "
  "is disabled for our org (SSO enforced), so nobody except me (the owner account) can get in.\n\nThanks,\n"
  "Tomasz Nowak\nIT Manager\nSent from my iPhone",
  "High", "Integration", "StandardSupport", "SSO login broken for the team, no workaround (HIGH); SSO: Integration")
t("Professional", "email", "HubSpot sync creates duplicates",
  "The HubSpot integration started creating a duplicate contact for every deal update 2 days ago - we're at 11k dupes "
  "now. We paused it, but then nothing syncs. No workaround, and cleaning up by hand isn't realistic.",
  "High", "Integration", "StandardSupport", "third-party integration broken, no workaround (HIGH)")
t("Enterprise", "chat", "webhooks missing",
  "webhooks: roughly 1 in 4 deliveries to our endpoint never arrive (we log every inbound). retries don't show up "
  "either. started ~yesterday 18:00",
  "High", "Integration", "StandardSupport", "webhook delivery failure > 20 % for one customer (D16 P2), still mostly working: HIGH, not down")
t("Professional", "web", "'skip weekends' option ignored",
  "The docs page 'Scheduling > Business days' says that with skipWeekends=true a due date landing on a Saturday moves "
  "to Monday. Ours land on Saturday. Tried on three rules, sample rule id r_88213.",
  "High", "Feature", "StandardSupport", "feature not working as documented (§4.4 HIGH); the docs are right, the product is wrong")
t("Starter", "email", "Calculation is false since update",
  "Dear Support,\nsince the update of last week the VAT calculation in the rule 'DE-Standard' give 16% instead 19%. "
  "All offers we generate are false now. Please correction.\nMit freundlichen Gruessen\nKlaus Berger",
  "High", "Feature", "StandardSupport", "wrong data from a rule (§4.4 HIGH); VAT is the rule's subject, not their bill")
t("Enterprise", "email", "two things",
  "1) Bulk import of rules fails with 'unexpected token' on any file over 2 MB - we have 40 files to migrate, none "
  "import, and there is no other import path.\n2) Unrelated: would be nice to have a dark mode some day.",
  "High", "Feature", "StandardSupport", "broken import without workaround plus a small idea: the broken part wins (HIGH)")
t("Professional", "email", "409 Conflict when updating rules",
  "PUT /v3/rules/{id} answers 409 Conflict every time, even right after a fresh GET with the current etag. We can't "
  "update any rule through the API.",
  "High", "Integration", "EngineeringEscalation", "API error 409 outside the auto-resolve list, calls failing (§2.1)")
t("Professional", "chat", "batch endpoint 502",
  "HTTP/1.1 502 Bad Gateway from api.tai.example on /v2/batch. only the batch endpoint, single calls ok, but our "
  "nightly job needs batch (single calls would take 9 hours)",
  "High", "Integration", "EngineeringEscalation", "502 on one endpoint (outside auto-resolve), no practical workaround")
t("Enterprise", "web", "status=503 from Frankfurt",
  "Roughly 15 % of our calls from the Frankfurt DC get status=503 'upstream unavailable'; Singapore is fine. Started "
  "around 08:00 UTC.",
  "High", "Integration", "EngineeringEscalation", "503 errors, error rate > 5 % for one customer (§4.4 HIGH), not an outage")
t("Starter", "web", "err 422 unprocessable entity",
  "sending the exact example from your API reference (copy-paste) to POST /v2/decisions gives 422 - 'field amount must "
  "be number' but it IS a number (12.5).",
  "High", "Integration", "EngineeringEscalation", "422 on a documented valid payload: API error outside auto-resolve")
t("Professional", "email", "Forbidden!",
  "All our service account calls to the reporting API get back a 'Forbidden' (four oh three) since the role changes you "
  "made on Thursday. The account has Admin.",
  "High", "Integration", "EngineeringEscalation", "403 written in words, calls failing: API error outside auto-resolve")
t("Professional", "web", "404s for attachments",
  "Every GET /v2/tickets/{id}/attachments/{att} returns 404 even though the attachment list shows them. Started after "
  "the storage migration e-mail you sent. Our customers can't open the invoices they uploaded.",
  "High", "Integration", "EngineeringEscalation", "404 on existing resources: API error outside auto-resolve; 'invoices' are their documents, not billing")
t("Starter", "chat", "export timeout",
  "export endpoint gives 504 gateway timeout every time for files > 100k rows. smaller ones work but we need the full one for the audit",
  "High", "Integration", "EngineeringEscalation", "504 on the export they need, no workaround (§2.1 API error -> engineering)")

# ---------------------------------------------------------------- Medium
t("Professional", "web", "~8 % of evaluations come back empty",
  "Since 10:00 about 8% of our evaluate calls come back with an empty decision. Retrying the same payload works, so "
  "we've added a retry for now.",
  "Medium", "Platform", "StandardSupport", "error rate > 5 % (degraded) with a working workaround (MEDIUM)")
t("Enterprise", "email", "500 when the else branch is empty",
  "Rule compile fails with {\"status\": 500, \"error\": \"NullReferenceException at RuleCompiler.Compile\"} for rules "
  "whose else branch is empty. If we add a dummy action to the else branch it compiles, so we can live with it.",
  "Medium", "Integration", "EngineeringEscalation", "500 outside auto-resolve (§2.1), workaround exists (MEDIUM)")
t("Professional", "email", "ampersand in rule name",
  "HTTP 500 when a rule name contains an ampersand (&). Renaming to 'and' works, so not blocking, but thought you should know.",
  "Medium", "Integration", "EngineeringEscalation", "500 on an edge case with a workaround (MEDIUM), API error -> engineering")
t("Professional", "email", "Bulk edit not saving tags",
  "When I bulk-edit 20+ rules and add a tag, only the first 10 get it. Doing it in batches of 10 works, so we're "
  "managing, but it's tedious.",
  "Medium", "Feature", "StandardSupport", "feature partly broken, workaround in batches (MEDIUM)")
t("Starter", "chat", "calendar on safari",
  "the calendar view is broken on safari \U0001F615 all events squished into monday. works in chrome tho",
  "Medium", "Feature", "StandardSupport", "broken in one browser, another works (MEDIUM)")
t("Enterprise", "web", "webhook lag ~12 min",
  "Webhook deliveries are arriving 10-15 minutes late since this morning (normally < 2 s). We've switched our consumer "
  "to poll /v2/events every minute in the meantime, which works.",
  "Medium", "Integration", "StandardSupport", "webhook delays with a working polling workaround (MEDIUM)")
t("Professional", "email", "Not sure if it's us - rule fires twice occasionally",
  "Maybe 2-3 times a week a rule fires twice for the same event. Could be our retry logic, could be yours - we're not "
  "sure. Everything else works fine. Could someone look at the logs for workspace ws_5512?",
  "Medium", "Feature", "StandardSupport", "potential bug, unsure whether it is us or them (§4.4 MEDIUM)")
t("Starter", "web", "dashboard slow",
  "The dashboard takes 6-8 seconds to load the rules list since Friday (it used to be instant). The API is fast, so our "
  "devs use the API meanwhile.",
  "Medium", "Platform", "StandardSupport", "latency > 500 ms with a workaround (MEDIUM)")
t("Enterprise", "email", "Leap-day style schedule gap",
  "Rules with a 'monthly on day 29' schedule skipped February 2026 entirely (February has 28 days this year). We expected "
  "them to run on the 28th. We've added a one-off manual run for now; please look at the edge case before next year.",
  "Medium", "Feature", "StandardSupport", "edge-case behaviour with a workaround (§4.4 MEDIUM)")
t("Professional", "phone", "Call: mobile app crash",
  "Caller reports the mobile app crashes on opening any rule with an image attachment since the update; the desktop "
  "web app works fine for them, so they use that.",
  "Medium", "Feature", "StandardSupport", "broken on mobile, desktop works (MEDIUM)")

# ---------------------------------------------------------------- churn
t("Enterprise", "email", "Last straw",
  "This is the fourth time this quarter that the approval workflow silently drops requests. Our CFO has asked me to "
  "prepare a migration plan to another vendor by Friday unless we hear about a credible fix. Not a threat, just where we are.",
  "High", "Feature", "ChurnEscalation", "churn threat (migration to another vendor) plus a broken workflow (§4.3, §2.1 tier 4)", ["vp"])
t("Professional", "web", "we think to change provider",
  "Hello, we are not satisfied since long time, the support answer very slow and the rules editor is very complicated "
  "for our team. Our director decided that we will move to other solution at the end of the contract in April if "
  "nothing change.",
  "High", "Other", "ChurnEscalation", "non-native churn threat: moving to another solution (§4.3 'leaving')", ["vp"])
t("Starter", "chat", "thinking about switching",
  "honestly thinking about switching to zapier for this, 3rd week in a row something breaks on your side",
  "High", "Other", "ChurnEscalation", "churn threat: switching to a competitor (§4.3)", ["vp"])
t("Professional", "email", "Notice of non-renewal",
  "Please treat this as our formal notice that we will not renew the TAI Professional plan when it expires on 31 March. "
  "Please confirm receipt and let us know the data export options.",
  "High", "Billing", "Finance", "cancelling the plan: an account question (§2.1 tier 2) and 'canceling' (§4.3 page VP)", ["vp"])
t("Enterprise", "phone", "Call: COO evaluating alternatives",
  "Agent note: call with the COO of Brightwater. They are 'evaluating alternatives' after the reporting outage last "
  "month and want a call with someone senior this week. Nothing is broken at the moment.",
  "High", "Other", "ChurnEscalation", "churn risk stated by an executive (§4.3); the outage is past", ["vp"])
t("Starter", "email", "bye \U0001F44B",
  "Just letting you know we're leaving TAI at the end of the month - the rule limits on Starter are too tight for us. "
  "Thanks for the help over the year \U0001F44B",
  "High", "Other", "ChurnEscalation", "customer says they are leaving (§4.3 trigger 2)", ["vp"])
t("Professional", "web", "Re: ticket 88120 closed",
  "ok.",
  "Low", "Other", "ChurnEscalation", "structured CSAT 2 (< 5): churn risk (§4.3 trigger 1), nothing else", ["vp"],
  signals={"csat": 2})
t("Enterprise", "email", "Question about sandbox",
  "Hi, is there a way to reset the sandbox workspace to its initial state?",
  "Low", "Other", "ChurnEscalation", "structured: no API call for 21 days (§4.3 trigger 3) with an ordinary question", ["vp"],
  signals={"lastApiCallAt": "2026-02-09T10:00:00-08:00"})
t("Starter", "web", "still the CSV thing",
  "As before, the CSV import preview still shows the column headers in lowercase. Only cosmetic, but it confuses our staff.",
  "Low", "Other", "ChurnEscalation", "structured: 3 tickets on the same issue (§4.3 trigger 4); the issue itself is cosmetic", ["vp"],
  signals={"sameIssueTickets": 3})
t("Starter", "email", "cancel my account NOW",
  "Your app logged me out twice today!!! Worst software ever. Cancel my account immediately and refund this month.",
  "High", "Billing", "Finance", "cancel the account + refund: account question (§2.1 tier 2) and 'canceling' (§4.3)", ["vp"])

# ---------------------------------------------------------------- legal / security
t("Enterprise", "email", "Subpoena received regarding customer data",
  "Our legal department received a subpoena requesting decision logs stored in our TAI tenant. We need to understand "
  "what you can produce, in what format, and whether TAI itself has been served. Please route to your legal team.",
  "High", "Other", "StandardSupport", "legal issue (subpoena): General Counsel (§4.2 legal, floor High)", ["legal"])
t("Professional", "web", "someone logged in from Brazil?",
  "Our audit log shows a successful login to our admin account from an IP in Sao Paulo at 03:12 last night. None of us "
  "were awake and nobody travels. We've reset the password and enabled MFA, but we need to know what they accessed.",
  "High", "Other", "StandardSupport", "unauthorized access to an account: security issue (§4.2 legal/security, CISO)", ["legal"])
t("Starter", "email", "XSS in rule description field",
  "Hi, I'm a developer at a Starter customer. A rule description containing <img src=x onerror=alert(1)> executes when "
  "another user opens the rule history page. Tested on Chrome 131. I haven't shared this anywhere. Happy to help verify a fix.",
  "High", "Platform", "StandardSupport", "security vulnerability report (§4.4 URGENT engineering page, §4.2 CISO)", ["legal", "oncall"])
t("Professional", "chat", "token in referrer",
  "your password reset emails put the reset token in the URL and your analytics script sends it out in the referrer... "
  "that's a token leak to a third party",
  "High", "Platform", "StandardSupport", "security vulnerability (token leak) (§4.4 URGENT, §4.2 CISO)", ["legal", "oncall"])
t("Enterprise", "email", "Art. 17 request - erasure within 30 days",
  "We received a right-to-erasure request from an end user whose data is in our TAI decision logs. Under our DPA you are "
  "our processor; please confirm the erasure process and timeline in writing.",
  "High", "Other", "StandardSupport", "GDPR erasure under a DPA: legal (§4.2 legal, General Counsel)", ["legal"])
t("Professional", "email", "SLA credits per section 7.2 of our MSA",
  "Per section 7.2 of the Master Services Agreement, availability below 99.9% in a calendar month entitles us to a 10% "
  "service credit. January was 99.2% by your own status page. Your account manager says credits don't apply. We dispute "
  "that reading and will involve counsel if needed.",
  "High", "Billing", "Finance", "contract dispute over service credits: billing (§2.1 tier 2) and legal (§4.2, counsel); January is past", ["legal"])
t("Enterprise", "email", "card numbers visible in debug logs",
  "We just noticed that full card numbers (PAN) appear in clear text in the TAI rule-debug logs for our payment rules "
  "since we turned on debug last week. That's a PCI violation for us. Who can purge those logs today?",
  "High", "Platform", "StandardSupport", "product stores PANs in clear text: security vulnerability / compliance (§4.4 URGENT, §4.2)", ["legal", "oncall"])

# ---------------------------------------------------------------- feature requests
t("Enterprise", "email", "Feature request: customer-managed encryption keys",
  "Our CISO would like TAI to support BYOK / customer-managed keys in AWS KMS for data at rest, plus audit events for "
  "key usage. This is a requirement for our next security review in Q3, not an issue today.",
  "Low", "Feature", "FeatureRequestLog", "a feature request full of security words, explicitly not an issue (§2.1 tier 3)")
t("Professional", "web", "Proposal for improvement",
  "It will be very nice if the rule editor can show the history of changes side-by-side like a git diff. Now we copy "
  "both versions into Notepad++ to compare :)",
  "Low", "Feature", "FeatureRequestLog", "non-native enhancement request (§2.1 tier 3)")
t("Starter", "chat", "slack command?",
  "would be sick if we could trigger rules from slack with a /command \U0001F64F",
  "Low", "Feature", "FeatureRequestLog", "slangy wish: a feature request (§2.1 tier 3)")
t("Enterprise", "phone", "Call: four-eyes approval",
  "Agent note: customer asks whether TAI can add a 'four-eyes' approval for deleting rules; their auditors flagged it as "
  "a control gap. Not an incident, a wish for next year.",
  "Low", "Feature", "FeatureRequestLog", "feature request with audit/control words (§2.1 tier 3)")
t("Professional", "email", "Raise the 10 MB payload limit?",
  "We'd like to send decision batches of up to 25 MB (about 40,000 rows). Currently the limit is 10 MB, so we split "
  "into 4 calls. Could you consider raising it, or offering a streaming endpoint?",
  "Low", "Feature", "FeatureRequestLog", "request to raise a limit, numbers are sizes not impact (§2.1 tier 3)")
t("Starter", "web", "Salesforce integration?",
  "Do you plan a native Salesforce connector? Right now we go through Make.com and it's ok but clunky.",
  "Low", "Feature", "FeatureRequestLog", "integration asked for as a new feature (§2.1 tier 3)")
t("Enterprise", "email", "Ability to cancel a scheduled rule deployment",
  "Enhancement request: once a deployment is scheduled there's no way to cancel it, only to let it run and roll back. "
  "Please add a Cancel button to scheduled deployments.",
  "Low", "Feature", "FeatureRequestLog", "'cancel' about a deployment inside a feature request, not churn (§2.1 tier 3)")
t("Professional", "email", "Suggestion: maintenance mode",
  "Suggestion: a 'maintenance mode' switch, so that during our own downtime windows TAI queues webhook deliveries instead "
  "of retrying into a down endpoint 5 times and giving up.",
  "Low", "Feature", "FeatureRequestLog", "suggestion using 'downtime'/'down' about the customer's own windows (§2.1 tier 3)")
t("Starter", "email", "Google sign-in on Starter?",
  "Could you make Google sign-in available on Starter? Our security policy says all SaaS must use SSO.",
  "Low", "Feature", "FeatureRequestLog", "feature request citing a security policy, not a security issue (§2.1 tier 3)")
t("Enterprise", "chat", "splunk export",
  "feature ask: export the audit log to Splunk via HEC. we currently pull it every 5 min with a script",
  "Low", "Feature", "FeatureRequestLog", "feature request; the script is how they live today, nothing broken")

# ---------------------------------------------------------------- billing
t("Professional", "email", "Invoice INV-2026-0212 missing PO number",
  "Hello, our AP department rejected the February invoice because it lacks our PO number (PO-77812). Could you reissue it "
  "with the PO on it?",
  "Low", "Billing", "Finance", "invoice correction (§2.1 tier 2)")
t("Starter", "web", "pay with SEPA?",
  "Hi, we are small company from Portugal, is possible to pay the subscription with SEPA debit and not credit card? Our "
  "bank charges fees for card. Obrigado",
  "Low", "Billing", "Finance", "payment method question, non-native (§2.1 tier 2)")
t("Enterprise", "email", "Renewal pricing - 3-year commitment",
  "Ahead of our renewal in May we'd like to discuss a 3-year commitment in exchange for a lower per-seat price; our "
  "procurement target is 18% below the current rate. Who should we talk to?",
  "Low", "Billing", "Finance", "Enterprise price negotiation: Finance (§2.1) and CEO involvement -> page VP Product (§4.2)", ["vp"])
t("Professional", "email", "RIDICULOUS charge!!!",
  "WHY is there a $4.00 'currency conversion' line on our invoice?!?! This is outrageous, we were never told about this!!! Explain.",
  "Low", "Billing", "Finance", "angry overstatement of a $4 invoice line: a billing question (§2.1 tier 2), no churn")
t("Enterprise", "web", "Reverse charge VAT",
  "Our Irish entity should be invoiced under reverse charge (VAT ID IE1234567X). The March invoice shows 23% VAT added. "
  "Please correct.",
  "Low", "Billing", "Finance", "tax on invoice (§2.1 tier 2)")
t("Starter", "chat", "card on file",
  "how do I change the credit card on file? old one expires end of month",
  "Low", "Billing", "Finance", "payment method (§2.1 tier 2)")
t("Professional", "email", "add 5 seats mid-cycle",
  "We need 5 more seats starting next week. Is it prorated? And does moving to annual billing now change anything?",
  "Low", "Billing", "Finance", "plan / seats question (§2.1 tier 2)")
t("Enterprise", "phone", "Call: change billing entity and renewal date",
  "Agent note: Procurement (J. Alvarez) asks to change the contract's billing entity from Acme GmbH to Acme Holding BV "
  "and to move the renewal date to 1 July. Needs an amended order form.",
  "Low", "Billing", "Finance", "Enterprise contract change: Finance (§2.1) and CEO involvement -> page VP Product (§4.2)", ["vp"])
t("Professional", "email", "refund for downtime?",
  "During the outage on 14 Feb we could not use TAI for about 5 hours. Is there any credit or refund policy for that? "
  "Not angry, just asking for our records.",
  "Low", "Billing", "Finance", "refund question about a past outage (§2.1 tier 2); nothing down now")
t("Starter", "email", "cancel the SMS add-on",
  "Please cancel the SMS notifications add-on from the next billing cycle, we don't use it. Keep everything else.",
  "Low", "Billing", "Finance", "cancelling an add-on, staying a customer: billing, not churn")
t("Enterprise", "email", "Credit note for overbilling",
  "As discussed with your CSM, we were overbilled by $25,000 across Q4 because of the seat-count bug. Please issue the credit note.",
  "Low", "Billing", "Finance", "billing correction; structured financialImpact 25,000 alerts Finance + CSM (§4.2), not a page",
  signals={"financialImpact": 25000})
t("Starter", "email", "invoice + idea",
  "1) Can you send the January invoice again, I can't find it.\n2) Idea: it would be great to get invoices automatically by email each month.",
  "Low", "Billing", "Finance", "billing question and an idea: §2.1 tier 2 comes first")

# ---------------------------------------------------------------- auto-resolve
t("Starter", "email", "unauthorized??",
  "Every request we make to the API comes back with status code 401 and message 'invalid_api_key'. I regenerated the "
  "key in the dashboard yesterday, maybe I copied it wrong? Python requests lib.",
  "Low", "Integration", "AutoResolve", "401 invalid key: auto-resolve list (§2.1 tier 1)")
t("Professional", "chat", "too many requests",
  "getting 'Too Many Requests' since we started the backfill script, about 50 req/s. is there a limit?",
  "Low", "Integration", "AutoResolve", "429 in words, rate limit (§2.1 auto-resolve; §3.1 expected behaviour)")
t("Enterprise", "web", "Error: malformed JSON",
  "Our new integration posts to /v2/events and gets back 'malformed JSON at position 212'. Payload:\n"
  "{\"event\": \"order.created\", \"amount\": 12,50 }",
  "Low", "Integration", "AutoResolve", "malformed JSON: auto-resolve list (§2.1)")
t("Starter", "web", "HTTP401",
  "hi, HTTP401 from the sandbox endpoint when using the key from the 'Developers' tab. what am I doing wrong",
  "Low", "Integration", "AutoResolve", "401 spelled HTTP401: auto-resolve (§2.1)")
t("Professional", "email", "rate limited (429) during nightly sync",
  "Our nightly sync of 120k records hits 429s after ~6 minutes. We do back off, but I'd like to know the exact limit "
  "per minute for Professional so we can pace it.",
  "Low", "Integration", "AutoResolve", "429 rate limit: auto-resolve (§2.1); 'Professional' is their plan, not a billing question")
t("Enterprise", "chat", "401 on test",
  "we have error 401 unauthorised on the test system after change the token, production is ok",
  "Low", "Integration", "AutoResolve", "401 after a token change, production fine: auto-resolve (§2.1)")
t("Starter", "phone", "Call: Excel macro JSON",
  "Agent note: caller gets 'request body is not valid JSON' when posting from their Excel macro. Probably the macro's quoting.",
  "Low", "Integration", "AutoResolve", "invalid (malformed) JSON: auto-resolve (§2.1)")

# ---------------------------------------------------------------- low, standard support
t("Enterprise", "email", "UNACCEPTABLE - COMPLETELY BROKEN",
  "Your new dashboard font is COMPLETELY BROKEN, the headings are bold and the body text is grey instead of black!!! "
  "This is a disaster for our brand guidelines!!! Fix it NOW.",
  "Low", "Other", "StandardSupport", "angry overstatement of a cosmetic issue (quick reference LOW)")
t("Starter", "chat", "URGENT!!!",
  "URGENT!!! how do i rename a workspace",
  "Low", "Other", "StandardSupport", "how-to with 'urgent' (D11: urgent alone does not raise)")
t("Professional", "email", "Question about rule versioning",
  "Hi! Quick one: after last Tuesday's outage (all good now, thanks for the quick fix) we noticed we never set up rule "
  "versioning. How do we turn it on, and does it keep old versions forever?",
  "Low", "Other", "StandardSupport", "how-to; the outage is past and resolved")
t("Enterprise", "web", "DR question for our vendor assessment",
  "For our annual vendor risk assessment: if your primary region went down, what would our RTO and RPO be? Would we "
  "lose any in-flight decisions? Please answer in writing.",
  "Low", "Other", "StandardSupport", "hypothetical outage and data loss in a questionnaire (LOW)")
t("Starter", "email", "how do I cancel?",
  "Hi, I started a huge simulation by mistake - how do I cancel it before it finishes? It's only been running for 2 minutes.",
  "Low", "Other", "StandardSupport", "'cancel' a simulation run, not the subscription: a how-to")
t("Professional", "chat", "onboarding call",
  "can we cancel tomorrow's onboarding call? will rebook next week",
  "Low", "Other", "StandardSupport", "cancelling a meeting, not churn")
t("Enterprise", "email", "Change of contact",
  "Hi team, I'm leaving the company at the end of the week; please make Sofia Lind (sofia.lind@example.com) the admin "
  "contact for our account from Monday.\n\nThanks,\nMarc\n" + SIG +
  "Marc Dubois | Head of Platform\n24/7 incident line: +33 1 23 45 67 89 | Report an outage: status.example.com",
  "Low", "Other", "StandardSupport", "'leaving the company' + a signature full of incident words; an admin change")
t("Starter", "web", "small error in documentation",
  "In the page 'Webhooks > Retries' is written 'exponentional backoff', and the example curl is missing a quote at the "
  "end. Not big problem, just for information.",
  "Low", "Other", "StandardSupport", "documentation typo (LOW)")
t("Professional", "email", "Re: onboarding notes",
  "Hi Lena,\n\nThanks again for the session on Tuesday, the team loved it. We've now migrated about 60 of our 140 rules "
  "and so far so good. One thing I forgot to ask: is there a way to tag rules by team so each team only sees theirs in "
  "the list?\n\nCheers,\nAnouk\n\n> From: Lena (TAI)\n> Sent: Tuesday\n> As discussed, here's the recording. If "
  "anything is broken or you hit errors or an outage, just reply here and we will escalate.",
  "Low", "Other", "StandardSupport", "chatty reply with a how-to; triggers only in the quoted text")
t("Enterprise", "phone", "Call: SOC 2 report",
  "Agent note: customer asks for our SOC 2 Type II report and pen-test summary for their security questionnaire. No incident.",
  "Low", "Other", "StandardSupport", "documentation request with security words, no incident")
t("Starter", "email", "nevermind!",
  "Please ignore my previous ticket about rules not saving - it was our proxy stripping the cookies. All working now. Sorry!",
  "Low", "Other", "StandardSupport", "problem resolved on the customer's side")
t("Professional", "web", "Kudos to Miguel",
  "Just wanted to say Miguel went above and beyond yesterday fixing our webhook setup. 10/10.",
  "Low", "Other", "StandardSupport", "positive feedback")
t("Enterprise", "chat", "ticket 88213",
  "any update on ticket 88213? no rush",
  "Low", "Other", "StandardSupport", "status request on an existing ticket")
t("Starter", "web", "breakdown of usage",
  "Where can I see a breakdown of API usage per day? I'd like to download it as CSV.",
  "Low", "Other", "StandardSupport", "how-to; 'down' only inside 'breakdown'/'download'")
t("Professional", "email", "verifying webhook signatures in Go",
  "Is there a Go example for verifying the X-TAI-Signature header? The docs only show Node and Python.",
  "Low", "Integration", "StandardSupport", "integration how-to (Integration)")
t("Enterprise", "email", "Expected throughput?",
  "We're planning Black Friday: we expect ~2,000 evaluations/s at peak (normally 150/s). Is that within what the "
  "Enterprise plan handles, or should we pre-warm something? Nothing wrong today.",
  "Low", "Other", "StandardSupport", "capacity question, nothing broken (LOW); 'Enterprise plan' is not a billing question")
t("Starter", "chat", "api key",
  "hi \U0001F642 where i find the API key? new in this",
  "Low", "Other", "StandardSupport", "onboarding how-to, no error")
t("Professional", "email", "Typo in email template",
  "Your 'rule failed' notification says 'Your rule has faild'. Tiny thing, made us smile.",
  "Low", "Other", "StandardSupport", "cosmetic typo in a template")
t("Enterprise", "email", "Critical for us: audit retention settings",
  "Retention is critical for us - if we ever lost decision logs we'd be in trouble with our regulator. Can you confirm "
  "how long logs are kept on Enterprise and whether we can extend that to 10 years?",
  "Low", "Other", "StandardSupport", "'critical' in the business sense, hypothetical loss: a question")
t("Starter", "email", "what does 418 mean?",
  "Saw in your API docs there's a 418 status listed for 'policy teapot' lol - is that real or a joke? Haven't hit it, just curious.",
  "Low", "Other", "StandardSupport", "an HTTP code asked about, not hit")
t("Professional", "web", "Is there an audit log?",
  "Does TAI keep a log of who changed which rule? Our manager asked. Thanks!",
  "Low", "Other", "StandardSupport", "how-to question")
t("Enterprise", "email", "Status page shows 'degraded' - are we affected?",
  "Your status page shows 'degraded performance - EU' since 10:00. We're on EU but see no impact at all: latency "
  "normal, no errors. Anything we should do?",
  "Low", "Other", "StandardSupport", "asks about an incident that does not affect them (negated)")
t("Starter", "email", "Not urgent - question on sandbox limits",
  "Nothing is broken and this is not blocking us. Is the sandbox limited to 1,000 evaluations per day? Trying to plan our load tests.",
  "Low", "Other", "StandardSupport", "negated problem, a question")
t("Professional", "web", "Outage drill",
  "FYI we're running an internal outage drill today 14:00-15:00, you may see our traffic drop to zero. Nothing wrong on your side.",
  "Low", "Other", "StandardSupport", "structured productionDown false wins over 'outage' (D11)",
  signals={"productionDown": False})


# ---------------------------------------------------------------- two more phone notes
t("Enterprise", "phone", "Call: orders routed to the wrong country",
  "Agent note: caller (logistics) says the routing rule has returned a warehouse in the wrong country for every order "
  "whose postcode starts with 0 since Monday; about 200 orders a day are misrouted. They have no way to override it in bulk.",
  "High", "Feature", "StandardSupport", "wrong data from a rule, no workaround (§4.4 HIGH); Enterprise but still working, not URGENT")
t("Professional", "phone", "Call: cover while on holiday",
  "Agent note: caller says she will leave for holidays on Friday and asks who can answer her colleague's questions about "
  "the webhook migration while she is away. Nothing is broken.",
  "Low", "Integration", "StandardSupport", "'leave for holidays' is not churn; a webhook how-to (Integration)")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "tickets-fresh.jsonl"), "w", encoding="utf-8") as f:
        for i, x in enumerate(T, 1):
            line = {"id": f"F{i:03d}", "tier": x["tier"], "channel": x["channel"], "subject": x["subject"], "body": x["body"]}
            if x["signals"]:
                line["signals"] = x["signals"]
            line["expected"] = {"priority": x["priority"], "category": x["category"], "route": x["route"],
                                "pages": x["pages"], "reason": x["reason"]}
            line["split"] = "fresh"
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(len(T))


if __name__ == "__main__":
    main()
