#!/usr/bin/env python3
"""Writes tickets.jsonl: the labelled triage corpus (issue 15).

Every scenario below was written and labelled by hand from the manual (§2.1, §2.2, §4.2-§4.4, quick reference
"Severity Decision") and default-policy D11-D16 BEFORE any tool ran on the text. A scenario is one customer situation
told in several independent wordings (variants); the generator only adds the customer's tier, the channel, and, on
some variants, deterministic noise (typos, a quoted earlier reply, a signature, log lines) that does not change the
meaning, so the label stays the scenario's.

Split (decided before any run): the held-out half is every scenario with an ODD number, the tuning half every EVEN
one. All wordings of one situation are on the same side, so the held-out half tests situations the rules were not
tuned on, not re-wordings of them.

Labels: priority (Critical/High/Medium/Low), category (Platform/Feature/Integration/Billing/Other), route (§2.1, D12,
first match), pages (which pagers a correct triage sends: vp = VP Product, legal = General Counsel + CISO,
status = status page, oncall = on-call / engineering page) and a one-line reason.

Labelling rules used (recorded in docs/triage-and-escalation.md "Corpus"):
- Critical: TAI is down now, > 20 % of the platform, the customer is losing money now because of TAI, data loss or
  corruption (quick reference, §2.2.1, §4.4 URGENT, D11, D16). Critical pages vp + status + oncall (§4.2).
- High: a feature broken (wrong data, errors, failing calls, degraded latency > 500 ms / error rate > 5 %) with no
  workaround known; a legal or security issue; a churn threat (policy floors).
- Medium: broken with a working workaround. Low: cosmetic, docs, questions, requests, billing questions, default.
- Past, resolved, hypothetical or negated outages are not current ones. A bare "urgent" does not make a how-to urgent.
- 401 / 429 / malformed JSON are auto-resolved and Low unless something else raises them; other codes route to
  engineering.
- Category: Billing > Platform (down, degraded, data loss, security hole) > Feature request (Feature) > Integration
  (API error, webhook, SDK, SSO, third party) > Feature (broken feature, wrong data) > Other.
"""
import json
import random

SCENARIOS = []


def S(priority, category, route, reason, variants, pages=(), tier=None, signals=None):
    SCENARIOS.append(dict(priority=priority, category=category, route=route, reason=reason,
                          variants=variants, pages=list(pages), tier=tier, signals=signals))


CRIT = ("vp", "status", "oncall")

# 0
S("Critical", "Platform", "ChurnEscalation", "TAI is down for the customer right now (quick reference CRITICAL)", [
    ("Production down", "Since 09:10 nothing works, the dashboard times out and every job is stuck. Please help asap."),
    ("TAI is down??", "hi, your service is down for us since this morning, none of our automations run."),
    ("Outage right now", "We are seeing a complete outage of the TAI platform, all our workflows failed in the last 40 minutes."),
    ("cant use anything", "The whole platform is not loading for our team, we cannot work at all. Is there an incident?"),
], pages=CRIT)
# 1
S("Critical", "Platform", "ChurnEscalation", "customer losing money now because TAI is not processing (CRITICAL, losing money)", [
    ("Orders not processing - losing money", "Since the deploy this morning no orders are processed by TAI. We are losing money every minute."),
    ("we loose sales", "Our checkout automation on TAI stopped at 8am. Every hour we loose around $4,000 in sales. Fix please."),
    ("Revenue impact", "The pricing engine stopped responding and our store cannot take orders. This is costing us real money right now."),
], pages=CRIT)
# 2
S("Low", "Other", "StandardSupport", "a report about a past outage that is over; nothing is down now", [
    ("Report for last week's outage", "Could you send us the report about last week's 6-hour outage? Our management wants the root cause."),
    ("Post-mortem request", "The outage on March 3rd was resolved quickly, thanks. Can we get the post-mortem document for our records?"),
    ("RCA please", "Hello, regarding the incident from yesterday (already resolved) - is there a written RCA we can share internally?"),
    ("Downtime last month", "For our SLA review: how many minutes of downtime did we have last month? The outage on the 12th is what we are asking about."),
])
# 3
S("Critical", "Platform", "ChurnEscalation", "data loss: 40 % of the catalog vanished (§4.4 URGENT, D16 P1)", [
    ("Products disappeared", "40 % of our catalog is gone. Yesterday there were 12,000 products, today 7,200. They just vanished."),
    ("Lost data after sync", "After the nightly sync a large part of our customer records were deleted. We did not delete them. Data loss!"),
    ("corrupted records", "Half of the order records in TAI now show garbage values, the data is corrupted since the migration."),
    ("missing data", "All the history before June is missing from our account, it was there on friday. Where did our data go?"),
], pages=CRIT)
# 4
S("High", "Feature", "StandardSupport", "API returns wrong data (a discount rule computed wrongly), no workaround: a bug, not price negotiation", [
    ("Discount calculation wrong", "The pricing rule returns a 10 % discount for gold customers but the rule says 15 %. All gold orders are wrong."),
    ("Wrong totals", "The calculated totals in the report are incorrect - the tax is applied twice. We checked the rule config, it is right."),
    ("incorrect results from rules engine", "Rule 'bulk-5' gives incorrect results, it returns the base price instead of the reduced one since Tuesday."),
])
# 5
S("Low", "Feature", "FeatureRequestLog", "SSO with Okta is asked for by their security team: a feature request, not a security incident", [
    ("SSO via Okta", "Our security team requires SSO via Okta before we roll TAI out to more users. Is that on your roadmap?"),
    ("SAML support?", "Do you support SAML single sign-on? It would be great to have, our IT wants all tools behind Azure AD."),
    ("Feature request: SCIM", "Please add SCIM user provisioning. Our compliance team asked for it, it would save us a lot of manual work."),
])
# 6
S("Low", "Billing", "Finance", "overcharged: a billing dispute, TAI is not down and no business loss from an outage", [
    ("Overcharged", "Overcharged - we're losing money on this. The invoice for May is $1,200 but our plan is $900."),
    ("Double charged", "We were charged twice for June on our credit card. Please refund one of them."),
    ("Invoice is wrong", "Our invoice lists 12 seats but we only have 8 users. Can you correct it and send a new invoice?"),
    ("billing error", "hello, the charge on our card is higher than the quoted price, can finance look at it?"),
])
# 7
S("Critical", "Integration", "ChurnEscalation", "webhooks stopped on an Enterprise fulfilment flow, no workaround: production customer unable to use the product", [
    ("Webhooks stopped arriving", "Since 06:00 UTC webhooks stopped arriving. Our fulfilment flow depends on them and there is no workaround right now. Orders are piling up."),
    ("No webhook deliveries", "We have received zero webhook deliveries for 3 hours. Our warehouse cannot ship anything, production is blocked."),
    ("webhook down", "your webhooks are not delivered anymore and our whole order pipeline is stopped. we cant ship."),
], pages=CRIT, tier="Enterprise")
# 8
S("High", "Integration", "EngineeringEscalation", "403 Forbidden on API calls: an API error outside the auto-resolve list, calls failing", [
    ("403 Forbidden", "Since this morning our integration gets 403 Forbidden on POST /v2/rules. Nothing changed on our side."),
    ("HTTP 403 on export", "Calling the export endpoint returns HTTP 403 for our admin key. It worked last week."),
    ("forbidden error", "We get error 403 when creating workflows through the API, with a key that has the admin role."),
])
# 9
S("High", "Integration", "EngineeringEscalation", "404 from a documented endpoint: API error outside the auto-resolve list", [
    ("404 on documented endpoint", "GET /v2/customers/{id}/history returns 404 even for customers that exist. The docs say it should work."),
    ("Not found error", "The endpoint from your docs returns 404 Not Found. Is it deprecated?"),
    ("API 404", "Every call to /rules/evaluate returns a 404 since your release on Tuesday."),
])
# 10
S("Low", "Integration", "AutoResolve", "401 on every call: API key invalid, in the auto-resolve list", [
    ("401 on every call", "401 on every call since yesterday. What is going on?"),
    ("Unauthorized", "We get HTTP 401 Unauthorized when calling the API from our staging server."),
    ("auth error", "all requests return status 401, we rotated the api key on monday"),
    ("Error 401", "Our python client raises error 401 for every request, key copied from the dashboard."),
])
# 11
S("Low", "Feature", "FeatureRequestLog", "an idea / wish: a feature request", [
    ("Idea: dark mode", "Just an idea, but a dark mode for the dashboard would be awesome."),
    ("Suggestion", "It would be awesome if we could export rules as YAML."),
    ("wish", "Would love to see a bulk edit for rules one day. Not urgent at all, just an idea."),
    ("Enhancement", "Could you add a filter by tag in the rule list? Would make our life easier."),
])
# 12
S("High", "Billing", "Finance", "the customer asks how to cancel: a churn signal (§4.3 'canceling') and an account question", [
    ("How do I cancel?", "How do I cancel? We don't use it enough."),
    ("Cancel subscription", "Please tell me how to cancel our subscription at the end of this month."),
    ("cancelation", "We have decided to cancel our account. What are the steps?"),
], pages=("vp",))
# 13
S("High", "Billing", "Finance", "renewal quote while looking at alternatives: billing question plus churn risk", [
    ("Renewal quote", "Can you send us the renewal quote? We are looking at alternatives this year, so price matters."),
    ("Renewal", "Our contract renews in 30 days. Honestly we are evaluating other vendors, please send the renewal pricing."),
    ("renewal + competitors", "please send the quote for renewal, management asked us to compare with competitors before we sign."),
], pages=("vp",))
# 14
S("Low", "Integration", "StandardSupport", "cancel a duplicate webhook: an ordinary how-to, not churn", [
    ("Duplicate webhook", "Please cancel the duplicate order webhook, we registered the same URL twice."),
    ("remove webhook", "How can I cancel one of the two webhook subscriptions for order.created? We get every event twice."),
    ("Cancel webhook", "Can you cancel webhook #4411? It points to an old server."),
])
# 15
S("Critical", "Platform", "ChurnEscalation", "widespread outage: a large share of the platform failing now (§4.4 >20 %)", [
    ("Partial outage", "About 30 % of our API calls fail since 10:00, across all regions."),
    ("Errors for many customers", "Status page says all green but more than half of our tenants cannot log in right now."),
    ("Half the platform is down", "The EU cluster seems down, roughly 40% of requests time out."),
], pages=CRIT)
# 16
S("Medium", "Feature", "StandardSupport", "feature broken but the customer has a workaround (MEDIUM)", [
    ("CSV export broken", "The CSV export is not working, we get an empty file. For now we copy the table manually, that works."),
    ("Scheduler issue", "Scheduled runs don't start at the set time. Workaround: we trigger them by hand each morning."),
    ("Filter broken", "Filtering by date is broken in the rules list. We can sort by date instead as a workaround."),
    ("bulk import fails", "Bulk import fails with an error for files over 5MB. Splitting the file in two works as a temporary workaround."),
])
# 17
S("High", "Feature", "StandardSupport", "feature broken, no workaround", [
    ("Export not working", "The PDF export stopped working yesterday, we need it for our monthly reporting and there is no other way."),
    ("Rule editor broken", "The rule editor does not save changes anymore. We tried Chrome and Firefox, no workaround."),
    ("cant save", "When I click save on a workflow nothing happens. This is blocking our team."),
    ("Reports not generating", "Monthly reports fail to generate since the last release. Tried everything."),
])
# 18
S("Low", "Other", "StandardSupport", "a typo / cosmetic issue (LOW)", [
    ("Typo in dashboard", "Small thing: there is a typo on the settings page, 'recieve' instead of 'receive'."),
    ("Button misaligned", "The save button on the billing page is misaligned on Safari. Cosmetic only."),
    ("Docs wording", "The documentation for rate limits says 100 rps in one place and 100 req/s in another, maybe unify the wording."),
])
# 19
S("Low", "Other", "StandardSupport", "a how-to question (default LOW)", [
    ("How to add a user", "How do I add a new user to our workspace?"),
    ("Question about rules", "Can a rule reference another rule's output? Just want to understand how it works."),
    ("timezone setting", "Where can I change the timezone for scheduled runs?"),
    ("API pagination", "How does pagination work on the list endpoints? Is there a cursor?"),
])
# 20
S("High", "Other", "ChurnEscalation", "the customer says they are leaving unless fixed (churn threat, §4.3)", [
    ("Very disappointed", "Third time this month the same problem. If it is not solved this week we are leaving."),
    ("We are done", "Honestly we're canceling. Your support takes days to answer and nothing improves."),
    ("moving away", "We are switching to a competitor next month unless someone calls us."),
], pages=("vp",), tier="Professional")
# 21
S("High", "Other", "ChurnEscalation", "Enterprise customer threatening to leave", [
    ("Escalation: contract at risk", "Our CTO asked me to tell you that we are planning on leaving TAI at the end of the quarter. Nobody follows up on our issues."),
    ("Considering termination", "We are considering terminating our contract. The last three incidents were handled badly."),
    ("leaving", "we are leaving tai. please have someone call me."),
], pages=("vp",), tier="Enterprise")
# 22
S("High", "Other", "StandardSupport", "a security/legal issue: GDPR data deletion demand (floor High, General Counsel + CISO)", [
    ("GDPR request", "Under GDPR article 17 we request deletion of all personal data of our former employee from your systems. Legal deadline is 30 days."),
    ("Legal hold", "Our lawyer asks for a copy of all data you store about us for a lawsuit. Who should we contact?"),
    ("Subpoena", "We received a subpoena that concerns data processed in TAI. Please forward to your legal team."),
], pages=("legal",))
# 23
S("High", "Platform", "StandardSupport", "a security vulnerability report (§4.4 URGENT for engineering, General Counsel + CISO)", [
    ("Security vulnerability", "I found an XSS vulnerability in the rule name field, a script runs when another user opens the list."),
    ("Possible security hole", "A user of tenant A can see tenant B's workflows by changing the id in the URL. That looks like a security hole."),
    ("account takeover possible", "The password reset link can be reused any number of times, so anyone with an old email can take over an account."),
], pages=("legal", "oncall"))
# 24
S("Low", "Other", "StandardSupport", "a compliance question, not an incident: a documentation request", [
    ("SOC 2 report", "Can you share your SOC 2 report? Our procurement needs it for the vendor review."),
    ("DPA", "Where can we download your data processing agreement?"),
    ("Security questionnaire", "Attached is our standard security questionnaire, can you fill it in by the end of the month?"),
])
# 25
S("Low", "Other", "StandardSupport", "a hypothetical: what happens if the API goes down (a question, not an outage)", [
    ("What if TAI is down?", "What happens to queued jobs if your API goes down? We need to describe it for our disaster recovery plan."),
    ("Outage handling", "In case of an outage, how will we be notified? Is there a status page we can subscribe to?"),
    ("Failover question", "If the EU region had an outage, would our traffic fail over automatically?"),
])
# 26
S("High", "Platform", "StandardSupport", "performance degradation: latency above 500 ms, no workaround (§4.4 HIGH)", [
    ("Slow API", "Response times went from 120 ms to 2.5 s since Monday. Our checkout feels broken."),
    ("Latency", "p95 latency is now 1800ms on /evaluate, it used to be 200ms."),
    ("very slow", "Every API call takes 3 seconds or more today. Our users complain."),
])
# 27
S("High", "Platform", "StandardSupport", "error rate above 5 % (§4.4 HIGH), not an outage", [
    ("Intermittent errors", "About 8 % of our evaluate calls fail with a timeout since yesterday, the rest work fine."),
    ("Error rate up", "Our monitoring shows a 12% error rate against your API this afternoon."),
    ("some requests fail", "Roughly one in ten requests fails randomly. Retrying usually works but not always."),
])
# 28
S("Low", "Integration", "AutoResolve", "429 rate limit: in the auto-resolve list", [
    ("429 Too Many Requests", "We hit 429 Too Many Requests during our nightly batch."),
    ("Rate limited", "Our sync job gets rate limited after a few hundred calls. What is the limit?"),
    ("HTTP 429", "http 429 errors when importing 10k records, how to avoid?"),
])
# 29
S("Low", "Integration", "AutoResolve", "malformed JSON error: in the auto-resolve list", [
    ("Malformed JSON", "The API says malformed JSON but I think my payload is fine: {\"name\": \"rule\",}"),
    ("JSON parse error", "Getting a JSON parse error on POST /rules, body attached."),
    ("invalid json", "Your API answers 'invalid JSON' for my request, what is wrong?"),
])
# 30
S("High", "Integration", "EngineeringEscalation", "500 internal server errors on one endpoint: engineering", [
    ("500 errors", "POST /v2/workflows returns 500 Internal Server Error for any payload since 14:00."),
    ("Server error", "We get HTTP 500 when updating rules through the API. GET works."),
    ("error 500", "error 500 on the import endpoint, every time, request id 7f3a9."),
])
# 31
S("Critical", "Platform", "EngineeringEscalation", "every call returns 5xx: TAI is down for them, routed to engineering as an API error", [
    ("All calls failing with 503", "Production is down: every API call returns 503 Service Unavailable since 11:20."),
    ("5xx everywhere", "We get 5xx on all endpoints, our integration is completely down."),
    ("502 Bad Gateway", "502 bad gateway on every request, our app is down for all our users."),
], pages=CRIT)
# 32
S("Low", "Billing", "Finance", "an invoice / receipt question", [
    ("Invoice copy", "Can you send me a copy of the April invoice with our VAT number on it?"),
    ("Receipt", "I need a receipt for the last payment for our accounting."),
    ("payment method", "How do I change the credit card on file?"),
    ("Billing address", "Please update our billing address to 12 Main St, Springfield."),
])
# 33
S("Low", "Billing", "Finance", "plan change / upgrade question: account question", [
    ("Upgrade plan", "We want to upgrade from Starter to Professional. How does proration work?"),
    ("Downgrade", "Can we downgrade our plan next month? We need fewer seats."),
    ("More seats", "How much would 5 extra seats cost on our current plan?"),
])
# 34
S("Low", "Billing", "Finance", "Enterprise asks for a discount: price negotiation, needs CEO involvement -> page VP Product (§4.2)", [
    ("Volume discount", "We are planning to triple our usage next year. Can we negotiate a volume discount?"),
    ("Pricing terms", "We'd like to renegotiate our pricing terms before the renewal, our volume has doubled."),
    ("Contract amendment", "We need to amend the contract to add a second legal entity and custom payment terms."),
], pages=("vp",), tier="Enterprise")
# 35
S("Low", "Other", "StandardSupport", "a thank-you / follow-up with nothing to do", [
    ("Thanks!", "Thanks for fixing the issue so quickly yesterday, everything works now."),
    ("Re: ticket 5531", "All good on our side, you can close the ticket. The outage you mentioned did not affect us."),
    ("solved", "Problem solved, it was a config error on our side. Thanks for the help!"),
])
# 36
S("Medium", "Integration", "StandardSupport", "webhook signature verification failing with a workaround", [
    ("Webhook signature", "Webhook signature verification fails for about half of the events. We temporarily disabled verification, so it works for now."),
    ("Signature mismatch", "HMAC signature does not match for webhook payloads with unicode. Workaround: we re-fetch the object via the API."),
    ("webhook signing", "Signatures on webhooks are invalid since the key rotation; we are using the old secret as a fallback, which works."),
])
# 37
S("High", "Integration", "StandardSupport", "webhook payloads missing fields, no workaround (integration bug)", [
    ("Webhook payload missing field", "The order.updated webhook no longer includes the customer_id field. Our integration breaks on every event."),
    ("webhook payload changed", "Webhook payloads changed format without notice, our parser fails for all events."),
    ("Webhooks not delivered to one endpoint", "Webhooks to our second endpoint are not delivered at all since Friday. The first endpoint works."),
])
# 38
S("Medium", "Feature", "StandardSupport", "potential bug, customer unsure if it is them (§4.4 MEDIUM); works otherwise", [
    ("Not sure if bug", "Not sure if this is a bug or our setup: rules with two conditions sometimes evaluate in a different order. We reordered them and it is fine now."),
    ("Strange behaviour", "Might be a bug - the counter resets at midnight UTC instead of our local time. We adjusted our report for now."),
    ("question or bug?", "Is this a bug? Duplicate names are allowed for rules. Not blocking us, we just rename them."),
])
# 39
S("Low", "Feature", "FeatureRequestLog", "feature request phrased as a problem statement", [
    ("Missing feature", "It's a pity there is no way to schedule reports weekly. Please consider adding it."),
    ("API for audit log", "We'd really like an API endpoint for the audit log. Is that planned?"),
    ("Request", "Feature request: allow more than 10 conditions per rule."),
])
# 40
S("Low", "Other", "StandardSupport", "negated problem: explicitly not blocking, no data loss, asks a question", [
    ("Question about sync delay", "Not urgent and not blocking: the sync sometimes takes 10 minutes instead of 5. No data loss, just curious why."),
    ("Small question", "No outage or anything, everything works. I just wonder why the dashboard shows UTC times."),
    ("not a problem", "This is not a bug report, nothing is broken. How often is the usage chart refreshed?"),
])
# 41
S("Critical", "Platform", "ChurnEscalation", "Starter customer, TAI down for them now, non-native English", [
    ("system not work", "Hello, the system is not working since morning, we cannot do nothing, all is down. Please help us quick."),
    ("urgente - plataforma caida", "Hi, platform is down for us from 2 hours, no one can login. We are lose clients."),
    ("problem big", "Good day. TAI service stop working complete, our shop is not possible to work. Thank you for fast answer."),
], pages=CRIT, tier="Starter")
# 42
S("Medium", "Feature", "StandardSupport", "feature broken, workaround in natural language ('we can get by')", [
    ("Chart not loading", "The usage chart does not load on the dashboard. We can get by with the CSV download for now."),
    ("Search is broken", "Search in rules returns nothing. Scrolling through the list works in the meantime."),
    ("Notification emails", "Notification emails stopped arriving. Not critical, we check the dashboard manually instead."),
])
# 43
S("High", "Feature", "StandardSupport", "a reproducible bug with customer impact, steps given", [
    ("Bug: rule copy loses conditions", "Steps: 1) open rule 2) click duplicate 3) the copy has no conditions. Reproducible every time, our team cannot create variants."),
    ("Reproducible crash", "The workflow editor crashes when I drag a step into a branch. Happens 100% of the time."),
    ("Bug report", "Date picker in scheduler always picks the previous day. Reproducible on all browsers; schedules are wrong."),
])
# 44
S("Low", "Other", "StandardSupport", "question with an 'URGENT' subject but a how-to content", [
    ("URGENT!!", "urgent - how do I reset my password? The link in the email expired."),
    ("Urgent question", "Urgent: where do I find our account id? Our developer needs it."),
    ("asap", "Please answer asap: what is the max file size for imports?"),
])
# 45
S("Low", "Other", "StandardSupport", "an onboarding / setup help request", [
    ("Onboarding", "We just signed up. Could someone walk us through setting up our first workflow?"),
    ("Setup help", "Need help configuring the sandbox environment for our developers."),
    ("training", "Do you offer training sessions for new team members?"),
])
# 46
S("Critical", "Platform", "ChurnEscalation", "Professional customer: dashboard and API both unusable, many users affected, now", [
    ("Cannot login at all", "Nobody in our company can log in since 08:30, the login page spins forever. We are completely blocked."),
    ("Everything broken", "The app is completely down for us, both the dashboard and the API. Nothing responds."),
    ("service unreachable", "TAI is unreachable from all our offices for an hour now, production is down."),
], pages=CRIT, tier="Professional")
# 47
S("Low", "Other", "StandardSupport", "an outage mentioned only as resolved / past in a follow-up; current ask is a question", [
    ("Follow-up after outage", "After yesterday's outage (resolved at 15:00) we wonder if we should re-run failed jobs or if they were retried."),
    ("Question", "The downtime this morning is over and everything runs again. Do we need to do anything about the jobs from 9-10?"),
    ("after the incident", "Since the incident was fixed last night, is there a list of affected requests we can replay?"),
])
# 48
S("High", "Feature", "StandardSupport", "wrong data: numbers in reports do not match, customers affected", [
    ("Report numbers wrong", "The revenue report shows $12,400 for May but our own system says $14,900. Numbers are wrong since the update."),
    ("Duplicate records", "The API returns each customer twice in the list endpoint since yesterday, our sync creates duplicates."),
    ("Wrong currency", "Amounts are shown in USD instead of EUR for our EU tenant although the setting says EUR."),
])
# 49
S("Low", "Feature", "FeatureRequestLog", "integration request (Zapier / Salesforce) as a feature request", [
    ("Salesforce integration?", "Any plans for a Salesforce integration? Would be great for our sales team."),
    ("Zapier", "Please add a Zapier connector, many of our users asked for it."),
    ("Slack app", "Would be nice to have a Slack app that posts rule failures."),
])
# 50
S("High", "Integration", "StandardSupport", "SDK broken after upgrade, no workaround", [
    ("SDK 3.2 broken", "After upgrading the Python SDK to 3.2 every call raises a TypeError. Downgrading is not possible for us."),
    ("node sdk", "The node SDK fails to install on Node 20, our build is broken."),
    ("Java client", "The Java client throws NullPointerException on evaluate() since version 2.8. We cannot deploy."),
])
# 51
S("Low", "Integration", "StandardSupport", "integration how-to question", [
    ("OAuth setup", "How do we set up the OAuth client credentials flow for our backend?"),
    ("Webhook retries", "How many times are webhooks retried, and with what backoff?"),
    ("SDK question", "Does the Go SDK support context cancellation?"),
])
# 52
S("High", "Other", "StandardSupport", "account compromise suspected: a security issue (Legal/CISO)", [
    ("Suspicious login", "We see logins to our admin account from Russia that none of us made. Please check, we changed the password."),
    ("API key leaked", "Our API key was accidentally published on GitHub for 2 hours. What should we do, and can you check for misuse?"),
    ("phishing", "Our users got a phishing email that looks like it's from TAI asking for credentials. Is this a breach?"),
], pages=("legal",))
# 53
S("Critical", "Platform", "ChurnEscalation", "structured signal: 25 % of the platform affected (§4.4 URGENT > 20 %, D11)", [
    ("Many tenants failing", "Several of our tenants report problems."),
    ("Monitoring alert", "Alert from our monitoring, see signals."),
    ("auto-ticket", "Automated ticket created by the status monitor."),
], pages=CRIT, signals={"platformImpactPct": 25})
# 54
S("Low", "Other", "StandardSupport", "structured signal says no production impact; text merely mentions 'down' in another sense", [
    ("Scroll down issue", "When I scroll down the rule list the header disappears. Not a big deal."),
    ("Dropdown", "The drop down for tiers only shows two entries, is that expected?"),
    ("Down arrow", "Keyboard down arrow does not move between rules, is there a shortcut list?"),
])
# 55
S("Low", "Other", "StandardSupport", "past tense outage mentioned in a long, quoted thread; the new question is a how-to", [
    ("Re: Re: status", "Thanks for the answer.\n\nOne more question: how do we export the audit log?\n\n> On Tue, TAI Support wrote:\n> The outage earlier today has been resolved. All systems are operational.\n> We apologize for the inconvenience."),
    ("Re: incident 2211", "Can we get API access logs for our account?\n\n-----Original Message-----\nFrom: support@tai\nSubject: Incident resolved\nThe production outage reported this morning was resolved at 10:42."),
    ("Re: your ticket", "ok understood. how do I add a second admin?\n\n> Yesterday's downtime was caused by a database failover and is fixed."),
])
# 56
S("Critical", "Platform", "ChurnEscalation", "losing money: failed payments through TAI rules right now", [
    ("Payments failing", "All payments routed through your rules fail since noon. We are losing revenue, please call us."),
    ("Money lost", "Since noon no rule evaluations come back, so our checkout cannot price orders. We are losing money on every order."),
    ("Checkout down", "Checkout is down because TAI does not respond. This costs us thousands per hour."),
], pages=CRIT)
# 57
S("Low", "Other", "StandardSupport", "question about data retention - words 'data loss' are hypothetical", [
    ("Backup policy", "How do you protect against data loss? Do you keep backups, and for how long?"),
    ("Retention", "If we delete a rule by mistake, can it be restored? Want to avoid any data loss."),
    ("disaster recovery", "What is your RPO/RTO in case of data corruption on your side?"),
])
# 58
S("High", "Feature", "StandardSupport", "feature not working as documented, no workaround known", [
    ("Docs say X, API does Y", "The docs say the 'limit' parameter caps results at 500, but we always get 100. We need all 500 for our batch."),
    ("Behaves differently than documented", "According to the docs, inactive rules are skipped, but they still fire."),
    ("not as documented", "The sort=desc option is ignored by the list endpoint, documented since v2."),
])
# 59
S("Low", "Other", "StandardSupport", "account admin request (not billing)", [
    ("Change account owner email", "Please change the login email of our user anna@old.com to anna@new.com."),
    ("Remove user", "Can you delete the user john@example.com, he left the company."),
    ("2FA reset", "I lost my phone, can you reset my two-factor authentication?"),
])
# 60
S("Medium", "Platform", "StandardSupport", "degraded but with a workaround: slow region, customer switched region", [
    ("Slow in EU", "The EU endpoint is very slow today (2s per call). We switched to the US endpoint which works fine for now."),
    ("Latency workaround", "Latency spikes to 900 ms on evaluate. Caching results on our side works around it for now."),
    ("slow dashboard", "Dashboard takes 20 seconds to load, but the API is fast, so we use the API meanwhile."),
])
# 61
S("Low", "Other", "ChurnEscalation", "low CSAT and repeated issue: churn risk given as structured signals (a risk, not a threat: no priority floor)", [
    ("Again the same problem", "This is the fourth ticket about the same sync problem."),
    ("Unhappy", "We are unhappy with how this was handled."),
    ("follow-up", "Still no solution, see previous tickets."),
], pages=("vp",), signals={"csat": 3, "sameIssueTickets": 4})
# 62
S("Low", "Billing", "Finance", "refund request for unused period", [
    ("Refund", "We upgraded by mistake yesterday, can we get a refund for the difference?"),
    ("refund please", "Please refund the annual payment we made twice by mistake."),
    ("Money back", "We'd like our money back for the unused months after downgrading."),
])
# 63
S("Low", "Other", "StandardSupport", "a long, chatty body with a question buried in it and no problem", [
    ("Hello from the new admin", "Hi team,\n\nI'm the new admin at Contoso, taking over from Mark who left last month. I've been reading your docs, which are great by the way. We're running about 40 rules in production and everything works well. Our team is small, so I mostly manage things alone.\n\nMy question: is there a way to see who last edited a rule?\n\nThanks and have a nice weekend,\nJane"),
    ("Intro + question", "Hello, hope you're well. We've been customers for two years and are quite happy. The last outage we had with you was ages ago. I wanted to ask whether rules can be tagged by department. Cheers."),
    ("question", "Hi! Quick one from our new developer: what's the recommended way to test rules before publishing? Many thanks"),
])
# 64
S("Low", "Feature", "FeatureRequestLog", "a feature request with 'security' and 'compliance' words: still a request, not an incident", [
    ("IP allowlist request", "For compliance reasons we'd like to restrict API access to our IP ranges. Could you add an IP allowlist feature?"),
    ("Audit trail export", "Our security team would like an export of the audit trail to our SIEM. Is this something you could add?"),
    ("2FA enforcement", "Feature request: let admins enforce two-factor authentication for all users, our security policy requires it."),
])
# 65
S("High", "Integration", "EngineeringEscalation", "504 gateway timeouts on a batch endpoint, calls failing", [
    ("Gateway timeout", "The batch endpoint returns 504 Gateway Timeout for requests above 1,000 items."),
    ("504", "Getting 504s on /v2/batch since this morning."),
    ("timeouts", "HTTP 504 from your API on every large import."),
])
# 66
S("Low", "Other", "StandardSupport", "Starter customer asking about SLAs / support hours", [
    ("Support hours", "What are your support hours for the Starter plan?"),
    ("SLA", "What response time can we expect for a ticket on our plan?"),
    ("phone support", "Is there phone support, or only email?"),
])
# 67
S("High", "Other", "ChurnEscalation", "churn threat with misspellings", [
    ("canceling", "were cancleing our contract if this isnt fixed by friday"),
    ("we will leave", "if nobody helps us we will leave TAI, this is unaceptable"),
    ("Last warning", "Last warning: we are cancelling unless the sync issue is solved this week."),
], pages=("vp",), tier="Starter")
# 68
S("Critical", "Platform", "ChurnEscalation", "data corruption reported in non-native English", [
    ("data is broken", "After update all our data is mixed, values are in wrong columns and many fields are empty. Data is corrupt."),
    ("records lost", "We have lost many records, more than 2000 clients is disappear from list after import yesterday."),
    ("database wrong", "All the values in our rules table are now empty, before they had values. Everything deleted."),
], pages=CRIT)
# 69
S("Low", "Other", "StandardSupport", "docs question with an HTTP code mentioned only as a question, not an error they hit", [
    ("Which codes can the API return?", "Which HTTP status codes can the evaluate endpoint return? We want to handle 404 and 409 properly."),
    ("Error handling docs", "Is there a page listing all error codes, like what a 422 means in your API?"),
    ("retry policy", "Should our client retry on 503 or on 500 too? Looking for best practice, no issues right now."),
])
# 70
S("Medium", "Integration", "EngineeringEscalation", "500 errors on an endpoint but with a workaround", [
    ("500 on PATCH", "PATCH /rules/{id} returns 500, but PUT with the full object works, so we use that for now."),
    ("Internal server error on search", "Search endpoint gives internal server error for queries with accents; we strip accents as a workaround."),
    ("HTTP 500 sometimes", "Intermittent HTTP 500 on /export; retrying after a minute works every time."),
])
# 71
S("Low", "Billing", "Finance", "a question about pricing for a Starter customer (no negotiation power)", [
    ("Pricing", "What is the price of the Professional plan per month billed annually?"),
    ("Discount for nonprofits?", "Do you offer a discount for nonprofits?"),
    ("Price question", "Is there a cheaper plan for students?"),
], tier="Starter")
# 72
S("Low", "Other", "StandardSupport", "the customer says a problem is fixed and asks for closure; negation of current impact", [
    ("Resolved", "The webhooks are arriving again since 13:00, no more issues. You can close this."),
    ("Works again", "Never mind, the export works again after clearing the cache. Not a problem anymore."),
    ("fixed", "The login problem we had is fixed now. Thanks."),
])
# 73
S("High", "Integration", "StandardSupport", "third-party integration broken (Shopify app), no workaround", [
    ("Shopify sync broken", "The Shopify integration stopped syncing orders yesterday. We reconnected, still nothing."),
    ("HubSpot integration", "HubSpot integration fails with 'token expired' even after re-authorizing."),
    ("integration down", "Our Stripe integration is not working since your update, no events come in."),
])
# 74
S("High", "Feature", "StandardSupport", "feature broken with workaround explicitly denied ('no workaround')", [
    ("Import failing", "Imports fail at 99 %. We tried smaller files, other browsers, the API - there is no workaround."),
    ("Scheduler", "Schedules do not run at all. We don't have any workaround, manual runs also fail."),
    ("Rule testing", "The rule test button gives an error for every rule. Without it we can't verify anything before publishing."),
])
# 75
S("Low", "Other", "StandardSupport", "a negated outage question ('is there an outage? we are fine')", [
    ("Is there an outage?", "Someone on Twitter mentioned a TAI outage. Are we affected? Everything looks fine on our side."),
    ("status check", "Just checking: no incident currently? Our dashboards are all green."),
    ("Planned maintenance", "Will the planned maintenance on Sunday cause downtime for the API?"),
])
# 76
S("High", "Other", "StandardSupport", "a legal contract dispute (General Counsel)", [
    ("Breach of contract", "Our legal department considers the repeated SLA misses a breach of contract and asks for a formal response."),
    ("Liability", "Who is liable for the wrong invoices that were sent to our customers because of your bug? Our attorney wants to know."),
    ("Legal notice", "Please forward this legal notice to your legal department regarding the termination clause."),
], pages=("legal",))
# 77
S("Medium", "Feature", "StandardSupport", "edge case behaviour with a workaround (MEDIUM)", [
    ("Edge case with leap year", "Edge case: rules with 'every 29th February' never fire. Not urgent, we use 28th for now."),
    ("Corner case", "Corner case: names with emoji are cut in the CSV export. We removed the emojis for now."),
    ("weird edge case", "If a rule has zero conditions it matches everything. We added a dummy condition as a workaround."),
])
# 78
S("Critical", "Platform", "ChurnEscalation", "Enterprise: production down after their deploy, mixed with angry tone", [
    ("P1 - production outage", "P1: our production environment cannot reach TAI since 07:55 CET. All rule evaluations fail. Escalate immediately."),
    ("CRITICAL", "Critical: TAI down in production. This is unacceptable for an enterprise contract."),
    ("prod down", "prod is down, no evaluations returned at all, entire team waiting"),
], pages=CRIT, tier="Enterprise")
# 79
S("Low", "Feature", "FeatureRequestLog", "a feature request mentioning churn words in another sense", [
    ("Cancel scheduled runs", "Would be great if we could cancel all scheduled runs at once instead of one by one."),
    ("Leaving page warning", "Feature idea: warn when leaving the editor with unsaved changes."),
    ("request", "Please add a way to cancel a running import."),
])
# 80
S("Low", "Billing", "Finance", "a tax / VAT question", [
    ("VAT", "Why is VAT added to our invoice? We are a German company with a valid VAT ID."),
    ("Sales tax", "Our invoice includes sales tax, but we are tax exempt. Can you remove it?"),
    ("tax id", "Please add our tax id to future invoices."),
])
# 81
S("High", "Feature", "StandardSupport", "a current partial outage under the 20 % threshold: one feature down for everyone, no workaround", [
    ("Reports down", "The reports section shows an error for everybody in our company since 9am. Rest of the app is fine."),
    ("Scheduler not running", "None of our scheduled jobs ran today. The API itself works."),
    ("webhooks paused?", "Dashboard says webhooks are paused for all endpoints and we can't unpause them."),
])
# 82
S("Low", "Other", "StandardSupport", "hypothetical churn ('if we ever left, can we export')", [
    ("Data export", "If we ever decided to leave, could we export all our rules and history?"),
    ("Data portability", "Just for our procurement docs: in case we cancel one day, what happens to our data?"),
    ("exit plan", "Our policy requires an exit plan for every vendor: how would we get our data out if we stopped using TAI?"),
])
# 83
S("High", "Feature", "StandardSupport", "mixed: a feature is broken AND a small idea, the broken part wins", [
    ("Export broken + idea", "The export to Excel does not work at all anymore (empty file). Also, would be nice to have a JSON export one day."),
    ("bug and suggestion", "Rule history page crashes when opened. Separate suggestion: a diff view would be awesome."),
    ("Two things", "1) Alerts are not sent since Monday, nothing arrives. 2) Feature request: SMS alerts."),
])
# 84
S("Critical", "Platform", "ChurnEscalation", "structured: productionDown true given by the monitor; the body text is neutral", [
    ("Monitor ticket", "Created by integration."),
    ("Auto", "See attached signals."),
    ("synthetic check failed", "Synthetic check failed 5 times in a row."),
], pages=CRIT, signals={"productionDown": True})
# 85
S("Low", "Other", "StandardSupport", "structured: productionDown false overrides an alarming phrase in the text (D11)", [
    ("Production down?", "We thought production was down but it was our VPN."),
    ("outage", "False alarm about an outage, our proxy was the problem."),
    ("site is down", "Our site is down because of our hosting provider, not TAI, FYI."),
], signals={"productionDown": False})
# 86
S("Low", "Other", "StandardSupport", "question on usage limits with numbers that are not impact figures", [
    ("Usage limits", "We are at 80 % of our monthly evaluations. What happens at 100 %?"),
    ("Quota", "Our quota is 500k calls, we used 350k. Can we see a daily breakdown?"),
    ("limits", "Is the 100 requests per second limit per key or per account?"),
])
# 87
S("High", "Integration", "EngineeringEscalation", "HTTP 400 on valid requests since a release (API error not auto-resolved)", [
    ("400 Bad Request", "Since your release, POST /evaluate returns 400 Bad Request for payloads that worked before."),
    ("Bad request error", "We get error 400 'unknown field' for the documented field 'context'."),
    ("HTTP 400", "HTTP 400 on every call with a date field in ISO format."),
])
# 88
S("Low", "Other", "StandardSupport", "quoted support reply contains 'feature request' template; the customer's new text is a plain question", [
    ("Re: dark mode", "Cool, thanks. How do I switch the UI language to German?\n\n> Thanks for suggestion! We're tracking in Jira as a feature request."),
    ("Re: your suggestion", "Great. Separate question: can we rename our workspace?\n\n> Thanks for the suggestion, we added it to our feature request log."),
    ("Re: Re: idea", "ok. another thing, where do I see our API key's creation date?\n> We're tracking your enhancement request in Jira."),
])
# 89
S("Critical", "Platform", "ChurnEscalation", "financial loss with a money figure now (losing money, $ per hour)", [
    ("Costing $20k/hour", "Your rule engine outage is costing us about $20,000 per hour. Call me now."),
    ("revenue loss", "We are losing approximately 15k USD per day because evaluations fail since Tuesday."),
    ("Losing money", "We lose money on every order because TAI is not responding since this morning."),
], pages=CRIT)
# 90
S("Low", "Other", "StandardSupport", "feedback, positive", [
    ("Feedback", "Just wanted to say the new rule editor is fantastic. Great work!"),
    ("Kudos", "Your support person Mia was super helpful yesterday, please pass on our thanks."),
    ("love it", "We love the new dashboard, thanks team."),
])
# 91
S("Medium", "Integration", "StandardSupport", "webhook delivery delayed, retries work (workaround)", [
    ("Webhook delays", "Webhooks arrive with 10-15 minutes delay since yesterday. Polling the API every minute is our workaround for now."),
    ("delayed events", "Events via webhook are delayed by several minutes. Not blocking, our nightly reconcile job catches up."),
    ("webhook lag", "Webhook deliveries lag behind by 5 minutes; we can live with it for a few days."),
])
# 92
S("High", "Integration", "AutoResolve", "401 plus churn threat: the §2.1 order sends it to auto-resolve but the churn floor raises priority and pages VP", [
    ("401 again - we're leaving", "Getting 401 Unauthorized again. This is the last straw, we are leaving for a competitor."),
    ("Unauthorized errors", "HTTP 401 on every call again. If this happens once more we are canceling."),
    ("401", "error 401 for the third time this week, we're cancelling our subscription."),
], pages=("vp",))
# 93
S("Low", "Other", "StandardSupport", "a question about past incident history for a vendor review", [
    ("Uptime history", "What was your uptime over the last 12 months? Were there any major outages?"),
    ("Incident history", "Can you list all incidents of 2025 with their duration?"),
    ("availability", "Our vendor review asks for your availability numbers for last quarter."),
])
# 94
S("High", "Feature", "StandardSupport", "a long body with logs: feature broken, no workaround", [
    ("Workflow fails at step 3", "Hi,\n\nour workflow 'nightly-sync' fails at step 3 every night since Tuesday.\n\nLog:\n2026-03-02T02:00:01Z INFO start\n2026-03-02T02:00:03Z INFO step 1 ok\n2026-03-02T02:00:04Z INFO step 2 ok\n2026-03-02T02:00:05Z ERROR step 3 failed: condition evaluation returned null\n2026-03-02T02:00:05Z INFO abort\n\nWe have no way around it, the sync is essential.\n\nThanks, Tom"),
    ("Job failure", "Every run of job 118 ends with status FAILED (see log below). Tried re-creating the job.\n\n[ERROR] evaluation aborted at node 'price-check'\n[ERROR] evaluation aborted at node 'price-check'\n[ERROR] evaluation aborted at node 'price-check'"),
    ("rules not firing", "Our pricing rules don't fire anymore since the weekend. Rule ids: 4411, 4412, 4419. Logs attached. Nothing we can do on our side."),
])
# 95
S("Low", "Other", "StandardSupport", "sandbox-only problem, explicitly not production and not blocking", [
    ("Sandbox slow", "The sandbox is slow today, but it is only our test environment, production is fine. No rush."),
    ("Sandbox reset", "Can you reset our sandbox data? Not urgent."),
    ("staging", "In staging some rules show a warning icon, production is unaffected. What does the icon mean?"),
])
# 96
S("Critical", "Platform", "ChurnEscalation", "the customer says it is an outage affecting all their users right now, short message", [
    ("outage!!!", "outage!!! nothing loads"),
    ("DOWN", "TAI DOWN FOR ALL OUR USERS"),
    ("Everything is down", "Everything is down. Please help."),
], pages=CRIT)
# 97
S("Low", "Other", "StandardSupport", "a request for a call / meeting without a problem", [
    ("QBR", "Can we schedule our quarterly business review for next month?"),
    ("Meeting", "Could our CSM join a call next Tuesday to talk about our roadmap?"),
    ("call", "Please call me back about our onboarding plan when convenient."),
])
# 98
S("Low", "Billing", "Finance", "Professional customer disputes an invoice line (not negotiation)", [
    ("Invoice dispute", "We dispute the overage charge on invoice #2231; our usage never exceeded the limit."),
    ("Wrong overage", "The overage fee on our last bill seems wrong, can you explain it?"),
    ("extra charge", "Why were we charged an extra $300 this month?"),
], tier="Professional")
# 99
S("High", "Feature", "StandardSupport", "the 'not working' is current, mixed with a past outage reference", [
    ("Still broken after outage", "Since last week's outage the rule scheduler still does not work. Nothing runs on schedule."),
    ("Not recovered", "The incident yesterday is marked resolved, but our exports are still failing today."),
    ("after incident", "After the downtime on Monday the alerts feature never came back, no alerts since."),
])
# 100
S("Low", "Feature", "FeatureRequestLog", "feature request from an Enterprise customer (no CEO, no churn)", [
    ("Roadmap request", "We'd like to request multi-currency support in rule conditions. Our EU expansion needs it in Q3."),
    ("Feature ask", "Please add role-based access at the folder level. Our enterprise rollout would benefit."),
    ("enhancement request", "Enhancement request: custom fields on workflows."),
], tier="Enterprise")
# 101
S("Low", "Other", "StandardSupport", "an Enterprise how-to question: routes to the dedicated CSM (no page)", [
    ("Best practice", "What is the best practice for versioning rules across environments?"),
    ("Architecture question", "Should we use one workspace per region or one global workspace?"),
    ("question", "How do other customers structure approvals for rule changes?"),
], tier="Enterprise")
# 102
S("Medium", "Feature", "StandardSupport", "broken for some users only, others can do it for them (workaround)", [
    ("Some users can't publish", "Two of our editors cannot publish rules (button greyed out). An admin publishes for them meanwhile."),
    ("Permission glitch", "Viewer role users see an error on the reports page; they ask a colleague for a screenshot instead."),
    ("profile page", "Profile page errors for users with an apostrophe in their name. They can edit via the API instead."),
])
# 103
S("Critical", "Platform", "ChurnEscalation", "outage stated in the present perfect / ongoing ('has been down for 2 hours')", [
    ("Down for 2 hours", "Your API has been down for 2 hours and counting."),
    ("Still down", "Still down after 45 minutes, any ETA?"),
    ("ongoing outage", "The outage is ongoing for us, nothing has come back yet."),
], pages=CRIT)
# 104
S("Low", "Other", "StandardSupport", "a question about the API (no error hit)", [
    ("Rate limit headers", "Which headers tell us how many requests are left?"),
    ("API versioning", "When will API v1 be retired?"),
    ("sandbox keys", "Do sandbox API keys work against production?"),
])
# 105
S("High", "Platform", "StandardSupport", "timeouts on one feature for this customer only (not an outage, no workaround)", [
    ("Import timeouts", "Imports time out for our account every time, even small files. Other features work."),
    ("Evaluate timeouts", "The evaluate endpoint times out after 30 s for our largest rule set; it used to take 400 ms."),
    ("slow reports", "Reports now take over 5 minutes and then fail with a timeout. We need them daily."),
])
# 106
S("Low", "Billing", "Finance", "billing question with a negated problem ('no issue with the product')", [
    ("Annual billing", "No issues with the product at all - we just want to switch to annual billing."),
    ("Invoice email", "Everything works fine. Can invoices go to billing@acme.com instead of my address?"),
    ("PO number", "Please add PO number 7781 to our invoices, nothing else needed."),
])
# 107
S("High", "Feature", "StandardSupport", "feature stopped working after update, phrased with 'doesnt' and typos", [
    ("export dosnt work", "the export dosnt work since the update, it just spins"),
    ("notifcations broke", "notifcations are brokn since tuesday, nobody gets emails"),
    ("filter not wroking", "rule filter is not wroking at all, shows everything"),
])
# 108
S("Low", "Other", "StandardSupport", "a documentation error report (LOW)", [
    ("Docs example wrong", "The curl example in the quick start uses the old /v1 path."),
    ("Broken link in docs", "The link to the SDK reference on the getting started page is broken (404 on your docs site)."),
    ("documentation outdated", "Documentation for webhooks still mentions the old signature header name."),
])
# 109
S("Critical", "Other", "ChurnEscalation", "structured: losingMoney true (nothing says what is broken, so category Other) and financial impact $50K", [
    ("Finance escalation", "See structured fields."),
    ("Revenue impact ticket", "Created by our ops team."),
    ("Escalation", "Our CFO asked me to open this."),
], pages=CRIT, signals={"losingMoney": True, "financialImpact": 50000})
# 110
S("Low", "Other", "StandardSupport", "a 'leaving' in another sense (out of office)", [
    ("Handover", "I'm leaving the company on Friday; please send future updates to my colleague Ana."),
    ("OOO", "I'll be leaving for holidays, contact Max for anything about our account."),
    ("contact change", "Our admin is leaving next week, how do we transfer ownership of the workspace?"),
])
# 111
S("High", "Integration", "EngineeringEscalation", "mixed codes: a 429 and a 500 in one ticket; the one outside auto-resolve wins", [
    ("429 and 500", "During the batch we first get 429, then after backoff the API returns 500 for every call."),
    ("Errors", "Rate limited (429) at first, and now HTTP 500 errors on all imports."),
    ("429 then 503", "We see too many requests errors and then 503 service unavailable responses for the import endpoint."),
])
# 112
S("Low", "Integration", "StandardSupport", "webhook configuration question (no failure)", [
    ("Webhook IPs", "Which IP addresses do webhooks come from? We need to allowlist them."),
    ("webhook events", "Is there a webhook event when a rule is published?"),
    ("webhook test", "How can I send a test webhook to my endpoint?"),
])
# 113
S("High", "Feature", "StandardSupport", "data inconsistency (wrong counts) without loss, no workaround", [
    ("Counts don't match", "The dashboard says 1,204 active rules, the API list returns 1,187. Which one is right?"),
    ("Inconsistent data", "Two reports for the same period show different totals. We need correct numbers for our audit."),
    ("mismatch", "The rule hit counter on the dashboard differs from the count in the export."),
])
# 114
S("Low", "Other", "StandardSupport", "the customer asks for a status update on an existing ticket, nothing new", [
    ("Any update?", "Any update on ticket #5521?"),
    ("Status", "Just following up on my question from Monday."),
    ("follow up", "Hi, checking in on the open ticket, thanks."),
])
# 115
S("High", "Platform", "StandardSupport", "security vulnerability with a CVE reference in a dependency", [
    ("CVE in your SDK", "Your Java SDK bundles log4j 2.14 which is affected by CVE-2021-44228. Please patch."),
    ("Vulnerable dependency", "Our scanner flags a critical vulnerability in the Docker image of your on-prem agent."),
    ("SQL injection", "The search parameter looks vulnerable to SQL injection: a quote breaks the query."),
], pages=("legal", "oncall"))
# 116
S("Low", "Other", "StandardSupport", "a past tense problem that was solved by the customer; asks nothing urgent", [
    ("FYI", "FYI we had 500 errors earlier today but it was our proxy; all good now."),
    ("For the record", "We saw 403 errors yesterday because of a wrong role, fixed by our admin. No action needed."),
    ("note", "Earlier 401s were caused by an expired key on our side, resolved."),
])
# 117
S("Medium", "Feature", "StandardSupport", "feature broken with a workaround stated as 'we can do X instead'", [
    ("Drag and drop broken", "Drag and drop in the workflow builder doesn't work in Firefox. We can use Chrome instead."),
    ("Copy button", "The copy-to-clipboard button does not work; selecting the text and Ctrl+C still works."),
    ("bulk delete fails", "Bulk delete fails with an error; deleting one by one still works."),
])
# 118
S("High", "Other", "ChurnEscalation", "Professional customer: threat phrased as 'we will look for another provider'", [
    ("Looking for another provider", "Our management asked us to look for another provider if the response times do not improve."),
    ("Evaluating alternatives", "We are actively evaluating alternatives because of the repeated sync problems."),
    ("competitor", "A competitor offered us a better deal and better support. Convince us to stay."),
], pages=("vp",), tier="Professional")
# 119
S("Low", "Other", "StandardSupport", "a question whose words look like an incident: 'down' in 'download', 'outage' in a title", [
    ("Download limit", "Is there a download limit for exported reports?"),
    ("Outage notifications setting", "Where can I enable the 'outage notifications' email setting for my colleague?"),
    ("Downtime window", "What is your maintenance downtime window each month?"),
])
# 120
S("Critical", "Platform", "ChurnEscalation", "quoted reply with a NEW current outage on top", [
    ("Re: ticket 3321", "It's down AGAIN right now, all calls fail.\n\n> The outage earlier this week was resolved. Let us know if you see anything."),
    ("Re: resolved?", "Not resolved - the platform is down again since 10 minutes.\n\n> We believe the issue is resolved."),
    ("Re: incident", "Production is down again.\n\n> Yesterday's incident has been closed."),
], pages=CRIT)
# 121
S("High", "Feature", "StandardSupport", "Starter customer, bug without workaround, very short", [
    ("broken", "Save button broken. Cannot save anything."),
    ("doesnt work", "rules page doesnt work, blank screen"),
    ("Error", "I get an error when opening any workflow, can't do my work."),
], tier="Starter")
# 122
S("Low", "Billing", "Finance", "Enterprise invoice question (no negotiation, no contract change)", [
    ("Invoice split", "Can you split our invoice by cost center for the next billing cycle?"),
    ("Payment terms question", "What are the payment terms on our current invoice, 30 or 60 days?"),
    ("Invoice portal", "Where can our accounts payable team download invoices?"),
], tier="Enterprise")
# 123
S("Low", "Other", "StandardSupport", "Enterprise: the word 'critical' used for a business-critical question, nothing broken", [
    ("Critical for our launch", "This is critical for our launch next month: can rules be scheduled per timezone?"),
    ("business critical question", "Business-critical question: do you support EU data residency?"),
    ("important", "Very important for our planning: what is on the roadmap for Q3?"),
], tier="Enterprise")
# 124
S("High", "Platform", "StandardSupport", "performance with numbers: error rate 7 % and latency 900 ms given in text", [
    ("Degraded performance", "Since 09:00 we see 7 % errors and average latency of 900 ms on evaluate."),
    ("Perf", "p99 latency 1.2 s and error rate 6% over the last hour."),
    ("slow + errors", "Latency around 800ms and 9% of calls failing."),
])
# 125
S("Low", "Other", "StandardSupport", "an agent-style internal note: customer asks for a copy of their data (no legal threat)", [
    ("Data export", "Can we get an export of all our rules as JSON for a backup?"),
    ("backup", "Is it possible to download a full backup of our workspace?"),
    ("export", "We'd like a copy of our audit logs from January."),
])
# 126
S("Critical", "Platform", "ChurnEscalation", "structured: platformImpactPct 21 (the issue's example); no text", [
    ("", ""),
    ("Platform impact", ""),
    ("", "auto"),
], pages=CRIT, tier="Professional", signals={"platformImpactPct": 21})
# 127
S("Low", "Platform", "StandardSupport", "structured: platformImpactPct 10 (below 20 %) and no other signal; text neutral", [
    ("Partial impact", "Some tenants report slowness, see signals."),
    ("monitor", "Auto-created."),
    ("impact", "Small impact noted."),
], signals={"platformImpactPct": 10})
# 128
S("Medium", "Feature", "StandardSupport", "a current outage of a non-core piece with a workaround (status page / reporting)", [
    ("Reports delayed", "Reports are delayed by an hour today; the raw data export works, so we use that."),
    ("Dashboard charts", "Dashboard charts are not updating, but the numbers in the API are correct, so we use those."),
    ("analytics lag", "Analytics page is stuck at yesterday's data. We pull numbers via API meanwhile."),
])
# 129
S("Low", "Other", "StandardSupport", "an email signature full of trigger words; the message is a simple question", [
    ("Question about tags", "How many tags can a rule have?\n\n--\nJohn Smith | Head of Security & Compliance | Outage Response Team\nThis e-mail may contain confidential or legally privileged information."),
    ("Quick question", "Can I rename a workflow?\n\nBest,\nMaria\nIncident Manager, Platform Reliability\nConfidentiality notice: if you received this in error, please delete it."),
    ("q", "What timezone are the logs in?\n\n-- \nSent from my phone. Legal disclaimer: this message is confidential."),
])
# 130
S("High", "Integration", "StandardSupport", "webhook delivery failure for one Professional customer (not Enterprise): High, no workaround", [
    ("Webhooks failing", "Webhooks to our endpoint fail with 'connection reset' since yesterday; our endpoint is reachable from elsewhere."),
    ("no webhooks", "We don't receive any webhooks anymore, our order sync is stuck."),
    ("webhook delivery failed", "The dashboard shows 'delivery failed' for all webhooks since 3pm."),
], tier="Professional")
# 131
S("Low", "Billing", "Finance", "a question about canceling an add-on (billing), not leaving", [
    ("Remove add-on", "Please cancel the premium support add-on from next month, we keep the main plan."),
    ("Cancel extra seats", "We'd like to cancel 3 of our 10 seats at renewal."),
    ("add-on", "How do I cancel the SMS add-on? We don't use it."),
])
# 132
S("High", "Feature", "StandardSupport", "'not blocking' in one sentence but the main feature is broken without workaround", [
    ("Two issues", "The dark theme is slightly off (not blocking). More important: rule publishing fails for everyone since 2pm and we cannot publish anything."),
    ("Publishing fails", "Minor: a typo in the menu. Major: publishing does not work at all anymore."),
    ("main issue", "Not blocking: the tooltip is cut. Blocking: saving workflows fails with an error."),
])
# 133
S("Low", "Other", "StandardSupport", "a question in non-native English, nothing broken", [
    ("question for the rules", "Hello, please I want know how to make a rule what is working only on weekend. Thank you very much."),
    ("how make export", "Good morning, how I can make export of all rules in one time? Regards"),
    ("help with user", "Hi, I am need to add my colleague as admin, where is this option?"),
])
# 134
S("High", "Integration", "EngineeringEscalation", "422 errors on valid payloads (API error outside auto-resolve), no workaround", [
    ("422 Unprocessable", "POST /rules returns 422 Unprocessable Entity for valid rules since this morning."),
    ("error 422", "We get error 422 'schema mismatch' for every rule we create."),
    ("HTTP 422", "HTTP 422 on update, our deploy pipeline is blocked."),
])
# 135
S("Low", "Other", "StandardSupport", "asking for a feature that already exists (a how-to, not a request)", [
    ("Is there a way to duplicate a rule?", "Is there a way to duplicate a rule?"),
    ("Can I export?", "Can I export the rule list to CSV?"),
    ("search", "Is it possible to search rules by author?"),
])
# 136
S("Critical", "Platform", "ChurnEscalation", "data loss phrased with 'wiped' / 'erased'", [
    ("Workspace wiped", "Our whole workspace was wiped overnight, all rules gone."),
    ("erased", "All customer segments were erased after your maintenance window."),
    ("rules deleted", "Every rule in folder 'prod' got deleted, nobody on our side did it."),
], pages=CRIT)
# 137
S("Low", "Other", "StandardSupport", "the ticket reports a problem on the customer's own side, resolved by them", [
    ("Our mistake", "Sorry, the failing calls were caused by our firewall. Everything is fine now."),
    ("ignore", "Please ignore my previous ticket, our developer found the bug in our code."),
    ("never mind", "never mind, it was a typo in our config"),
])
# 138
S("Medium", "Integration", "EngineeringEscalation", "403 on one endpoint with a workaround", [
    ("403 on bulk endpoint", "The bulk endpoint returns 403 for our key, the single-item endpoint works, so we loop for now."),
    ("Forbidden sometimes", "HTTP 403 when exporting large ranges; smaller ranges work as a workaround."),
    ("403", "error 403 for viewer keys on /reports, we use an admin key for now as a workaround."),
])
# 139
S("High", "Other", "StandardSupport", "compliance event: a regulator's inquiry (legal)", [
    ("Regulator inquiry", "A regulator asked us to document how TAI processes personal data; we need your legal team's input by next week."),
    ("Data protection authority", "The data protection authority opened an inquiry that involves data processed by TAI."),
    ("HIPAA", "We may have sent PHI to TAI by mistake. Is TAI HIPAA compliant and what must we do?"),
], pages=("legal",))
# 140
S("Low", "Feature", "FeatureRequestLog", "feature request with numbers (not impact)", [
    ("Higher limit request", "Please raise the condition limit from 10 to 50 per rule, we need it for complex pricing."),
    ("Longer retention", "Could you offer 24 months of log retention instead of 12?"),
    ("more webhooks", "Would be nice to allow more than 5 webhook endpoints per account."),
])
# 141
S("Low", "Other", "ChurnEscalation", "structured: sameIssueTickets 3 with an ordinary question (repeat issue = churn risk)", [
    ("Sync issue again", "The sync issue is back."),
    ("same problem", "Same problem as before."),
    ("again", "Again this."),
], pages=("vp",), signals={"sameIssueTickets": 3})
# 142
S("Low", "Billing", "Finance", "a pricing question mentioning money amounts that are not a loss", [
    ("Budget planning", "We have a budget of $30,000 for next year. Which plan fits 2M evaluations a month?"),
    ("Cost estimate", "Roughly what would 500k extra calls cost?"),
    ("plan price", "How much would we pay for 3M evaluations a month on the Professional plan? Our budget is $30k."),
])
# 143
S("Critical", "Platform", "EngineeringEscalation", "Enterprise: every call unauthorized after a TAI-side key migration, production down; a Critical ticket is never auto-closed", [
    ("All keys invalid", "After your key migration every call returns 401 and our production is down."),
    ("401 prod outage", "Production outage: all our API keys return 401 Unauthorized since your maintenance."),
    ("auth broken", "Authentication is broken for all our keys (HTTP 401), our whole production is down."),
], pages=CRIT, tier="Enterprise")
# 144
S("Low", "Other", "StandardSupport", "a phone channel note typed by the agent: caller asks about features", [
    ("Call notes", "Caller asked whether rules support regex conditions. Wants an answer by email."),
    ("Phone: question", "Customer called about where to find the usage report."),
    ("callback", "Customer requested a callback about how to invite users."),
])
# 145
S("High", "Feature", "StandardSupport", "a feature regression that blocks a workflow, polite wording, no explicit 'broken'", [
    ("Approval step skipped", "Since Thursday the approval step is skipped and rules go live without review. We need the review step for compliance."),
    ("Emails to wrong people", "Alert emails go to all users instead of the assigned owner since the update."),
    ("End dates ignored", "Rules with an end date keep firing after the end date since the update."),
])
# 146
S("Low", "Other", "StandardSupport", "a docs/typo report in non-native English", [
    ("error in docu", "In documentation is small error, the parameter is call 'limt' in example."),
    ("spelling", "Hello, word 'sucessful' is wrong write in the success message."),
    ("typo", "There is typo in menu: 'Setings'."),
])
# 147
S("Medium", "Feature", "StandardSupport", "feature partially broken, 'we can work around it'", [
    ("Date format", "The date format in exports ignores our locale; we can work around it in Excel."),
    ("Sorting", "Sorting by name is case-sensitive and looks broken, but we can work around it with the search."),
    ("Timezone in UI", "Times in the UI are shown in UTC instead of our timezone. We can work around it, but it is confusing."),
])
# 148
S("Low", "Billing", "Finance", "Starter customer asks how to pay by invoice instead of card", [
    ("Pay by invoice", "Can we pay by bank transfer instead of credit card?"),
    ("payment options", "Which payment methods do you accept?"),
    ("Invoice billing", "Is invoice billing available for the Starter plan?"),
], tier="Starter")
# 149
S("High", "Platform", "StandardSupport", "a current outage under 20 % for one region for this customer, with numbers", [
    ("APAC errors", "About 15 % of our APAC requests fail since 02:00 UTC. Other regions are fine."),
    ("Region degraded", "The Sydney region returns errors for roughly 10% of calls."),
    ("partial errors", "Around 12 % of calls from our Singapore servers time out."),
])
# 150
S("Low", "Other", "StandardSupport", "mentions 'urgent' only in a past context", [
    ("Thanks for the urgent fix", "Thanks for handling our urgent request last week so quickly. Quick follow-up: where do I see the change log?"),
    ("follow-up", "Last month's urgent issue is solved. Now a question: can we have two sandboxes?"),
    ("question", "The emergency from Monday is behind us. How do we set up alerts to catch it earlier next time?"),
])
# 151
S("High", "Feature", "StandardSupport", "the customer says a workaround does NOT exist / did not work", [
    ("Workaround didn't work", "The suggested workaround (clearing the cache) didn't work, the editor is still broken."),
    ("No luck", "We tried the workaround from the KB article, no luck. Rules still don't save."),
    ("workaround failed", "Workaround failed: exports still empty."),
])
# 152
S("Low", "Feature", "FeatureRequestLog", "request phrased in non-native English", [
    ("proposal", "Will be very good if we can have the export also in PDF format. Please think about this."),
    ("new function", "We are wishing a function for copy rules between workspaces."),
    ("idea", "Maybe you can make possibility to change colors of dashboard?"),
])
# 153
S("Critical", "Platform", "ChurnEscalation", "chat channel: very short current outage messages", [
    ("chat", "hey is tai down? nothing works for us rn"),
    ("chat", "api not responding at all, all our calls hang, is something down??"),
    ("chat", "your whole service seems down right now"),
], pages=CRIT)
# 154
S("Low", "Integration", "AutoResolve", "429 with non-native wording and typos", [
    ("too many request", "we get too many requests error when we send many call, what is limit?"),
    ("rate limt", "Hi, our script is rate limited, error code 429. how increase?"),
    ("429", "getting 429 errors from api since we increased the batch"),
])
# 155
S("High", "Other", "StandardSupport", "legal/security: suspected data breach notification requirement", [
    ("Data breach?", "We received reports that our customers' emails appeared in a leak. Was there a data breach at TAI?"),
    ("Breach notification", "Do we need to send a breach notification? One of your sub-processors announced an incident."),
    ("security incident", "Please confirm whether the security incident in the news affects our data."),
], pages=("legal",))
# 156
S("Low", "Other", "StandardSupport", "the customer describes what would be critical for them in the future (hypothetical)", [
    ("SLA for outages", "If TAI were down for more than an hour, we would lose a lot of money. What SLA credits apply?"),
    ("Risk assessment", "For our risk assessment: what would happen to us if your platform was down during Black Friday?"),
    ("hypothetical", "Suppose production went down at night - who would we call?"),
])
# 157
S("Medium", "Platform", "StandardSupport", "latency degraded, workaround: retries / async endpoint", [
    ("Evaluate slow", "Evaluate takes 1.5 s since this morning. Using the async endpoint is a workaround for now."),
    ("latency spikes", "Latency spikes over 2 seconds a few times an hour; our retry logic handles it for now."),
    ("slow but ok", "The API got slow (around 700 ms), but with our cache it is acceptable for the moment."),
])
# 158
S("High", "Integration", "StandardSupport", "OAuth / SSO login broken for the whole team, no workaround", [
    ("SSO login broken", "Our Okta SSO login fails with 'invalid assertion' since yesterday. Nobody can log in with SSO and password login is disabled for us."),
    ("OAuth broken", "The OAuth callback returns an error after your release, our integration can't authenticate."),
    ("SAML error", "SAML login is not working, error 'audience mismatch', our users are locked out."),
])
# 159
S("Low", "Other", "StandardSupport", "asks if a known issue (a past bug) is fixed in a release", [
    ("Release notes", "Was the export bug from last month fixed in 4.2?"),
    ("Known issue", "Is the timezone bug you mentioned in January fixed now?"),
    ("fix version", "Which version fixed the duplicate webhook issue from last year?"),
])


CHANNELS = ["email", "web", "chat", "phone", "email", "web"]
TIERS = ["Starter", "Professional", "Enterprise"]
QUOTE = "\n\n> On Mon, TAI Support <support@tai.example> wrote:\n> Thank you for contacting TAI Support. We received your request and will answer within your plan's response time.\n> Best regards, the TAI Support team"
SIGNATURE = "\n\nKind regards,\nAlex Meyer\nOperations Lead\n+49 30 1234 5678\nThis message and any attachments are confidential."


def typo(text, rnd):
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 5 and w.isalpha() and rnd.random() < 0.08:
            j = rnd.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def main():
    rnd = random.Random(15)
    out = []
    for n, s in enumerate(SCENARIOS):
        for v, (subject, body) in enumerate(s["variants"]):
            tier = s["tier"] or TIERS[(n + v) % 3]
            if tier == "Enterprise" and s["tier"] is None and s["route"] == "ChurnEscalation" and "vp" not in s["pages"]:
                tier = "Professional"
            pages = list(s["pages"])
            if tier == "Enterprise" and s["priority"] == "Critical" and "oncall" not in pages:
                pages.append("oncall")
            noise = (n * 7 + v) % 5
            if noise == 1:
                body = body + SIGNATURE
            elif noise == 2:
                body = body + QUOTE
            elif noise == 3 and v > 0:
                body = typo(body, rnd)
            ticket = {"id": f"C{n:03d}-{v}", "tier": tier, "channel": CHANNELS[(n + v) % len(CHANNELS)],
                      "subject": subject, "body": body}
            if s["signals"]:
                ticket["signals"] = s["signals"]
            ticket["expected"] = {"priority": s["priority"], "category": s["category"], "route": s["route"],
                                  "pages": sorted(pages), "reason": s["reason"]}
            ticket["split"] = "heldout" if n % 2 == 1 else "tuning"
            out.append(ticket)
    with open("tickets.jsonl", "w", encoding="utf-8") as f:
        for t in out:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(SCENARIOS), "scenarios,", len(out), "tickets")


if __name__ == "__main__":
    main()
