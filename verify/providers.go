package verify

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// Header values some providers require.
var (
	jsonType   = "application/json"
	notionVer  = map[string]string{"Notion-Version": "2022-06-28"}
	herokuAcc  = map[string]string{"Accept": "application/vnd.heroku+json; version=3"}
	anthropicV = map[string]string{"anthropic-version": "2023-06-01"}
	pdAccept   = map[string]string{"Accept": "application/vnd.pagerduty+json;version=2"}
	travisV    = map[string]string{"Travis-API-Version": "3"}
)

// Formats a secret must have before it is put into a URL or host name.
var (
	telegramFormat = regexp.MustCompile(`^[0-9]{5,16}:[A-Za-z0-9_-]{30,50}$`)
	mailchimpDC    = regexp.MustCompile(`^[0-9a-f]{32}-(us[0-9]{1,2})$`)
)

// httpSpecs returns every HTTP provider check. Each is the provider's
// cheapest documented read-only call at its fixed host.
func httpSpecs() []*httpSpec {
	return slicesConcat(aiSpecs(), devSpecs(), commsSpecs(), workSpecs())
}

func slicesConcat(lists ...[]*httpSpec) []*httpSpec {
	var out []*httpSpec
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// aiSpecs are the AI and LLM APIs.
func aiSpecs() []*httpSpec {
	return []*httpSpec{
		{Rules: []string{"openai-api-key", "openai-unmarked-key"}, Provider: "OpenAI", URL: "https://api.openai.com/v1/models", Auth: bearer(),
			Identity: []idField{{"organization", "header:openai-organization"}, {"project", "header:openai-project"}}, Reveals: "organization and project (response headers)"},
		{Rules: []string{"anthropic-api-key"}, Provider: "Anthropic", URL: "https://api.anthropic.com/v1/models", Auth: header("x-api-key", ""), Headers: anthropicV,
			Identity: []idField{{"organization", "header:anthropic-organization-id"}}, Reveals: "organization id (response header)"},
		{Rules: []string{"google-api-key"}, Provider: "Google Gemini", URL: "https://generativelanguage.googleapis.com/v1beta/models", Auth: header("x-goog-api-key", ""),
			InvalidStatus: []int{400, 401}, Reveals: "that the key may call the Generative Language (Gemini / AI Studio) API; 403 (API not enabled or restricted) is an error, not invalid"},
		{Rules: []string{"mistral-api-key"}, Provider: "Mistral", URL: "https://api.mistral.ai/v1/models", Auth: bearer(), Reveals: "access to the models list"},
		{Rules: []string{"cohere-api-key"}, Provider: "Cohere", URL: "https://api.cohere.com/v1/models", Auth: bearer(), Reveals: "access to the models list"},
		{Rules: []string{"groq-api-key"}, Provider: "Groq", URL: "https://api.groq.com/openai/v1/models", Auth: bearer(), Reveals: "access to the models list"},
		{Rules: []string{"huggingface-token"}, Provider: "Hugging Face", URL: "https://huggingface.co/api/whoami-v2", Auth: bearer(),
			Identity: []idField{{"user", "name"}, {"email", "email"}, {"token_name", "auth.accessToken.displayName"}, {"role", "auth.accessToken.role"}}, Reveals: "user, email, token name and role"},
		{Rules: []string{"replicate-api-token"}, Provider: "Replicate", URL: "https://api.replicate.com/v1/account", Auth: bearer(),
			Identity: []idField{{"user", "username"}, {"type", "type"}}, Reveals: "account name and type"},
		{Rules: []string{"together-api-key", "together-legacy-key"}, Provider: "Together AI", URL: "https://api.together.xyz/v1/models", Auth: bearer(), Reveals: "access to the models list"},
		{Rules: []string{"fireworks-api-key"}, Provider: "Fireworks AI", URL: "https://api.fireworks.ai/inference/v1/models", Auth: bearer(), Reveals: "access to the models list"},
		{Rules: []string{"perplexity-api-key"}, Provider: "Perplexity", Method: http.MethodPost, URL: "https://api.perplexity.ai/chat/completions", Auth: bearer(),
			Body: "{}", ContentType: jsonType, ValidStatus: []int{400}, Reveals: "nothing beyond validity: an empty completion request, refused as malformed (400) for a live key before any model runs"},
		{Rules: []string{"deepseek-api-key"}, Provider: "DeepSeek", URL: "https://api.deepseek.com/user/balance", Auth: bearer(),
			Identity: []idField{{"balance_available", "is_available"}, {"currency", "balance_infos.0.currency"}}, Reveals: "whether the account has balance"},
		{Rules: []string{"xai-api-key"}, Provider: "xAI", URL: "https://api.x.ai/v1/api-key", Auth: bearer(),
			Identity: []idField{{"key_name", "name"}, {"team", "team_id"}, {"user", "user_id"}, {"scopes", "acls"}}, Reveals: "key name, team, user and ACLs"},
		{Rules: []string{"openrouter-api-key"}, Provider: "OpenRouter", URL: "https://openrouter.ai/api/v1/key", Auth: bearer(),
			Identity: []idField{{"label", "data.label"}, {"usage", "data.usage"}, {"limit", "data.limit"}}, Reveals: "key label, usage and credit limit"},
		{Rules: []string{"deepgram-api-key"}, Provider: "Deepgram", URL: "https://api.deepgram.com/v1/projects", Auth: header("Authorization", "Token "),
			Identity: []idField{{"project", "projects.0.name"}, {"project_id", "projects.0.project_id"}}, Reveals: "first project's name and id"},
		{Rules: []string{"elevenlabs-api-key"}, Provider: "ElevenLabs", URL: "https://api.elevenlabs.io/v1/user", Auth: header("xi-api-key", ""),
			Identity: []idField{{"user", "user_id"}, {"tier", "subscription.tier"}}, Reveals: "user id and subscription tier"},
		{Rules: []string{"assemblyai-api-key"}, Provider: "AssemblyAI", URL: "https://api.assemblyai.com/v2/transcript?limit=1", Auth: header("Authorization", ""), Reveals: "access to the transcripts list"},
		{Rules: []string{"pinecone-api-key", "pinecone-legacy-key"}, Provider: "Pinecone", URL: "https://api.pinecone.io/indexes", Auth: header("Api-Key", ""),
			Identity: []idField{{"index", "indexes.0.name"}}, Reveals: "first index name"},
		{Rules: []string{"cerebras-api-key"}, Provider: "Cerebras", URL: "https://api.cerebras.ai/v1/models", Auth: bearer(), Reveals: "access to the models list"},
		{Rules: []string{"stability-api-key"}, Provider: "Stability AI", URL: "https://api.stability.ai/v1/user/account", Auth: bearer(),
			Identity: []idField{{"email", "email"}, {"user", "id"}, {"organization", "organizations.0.name"}}, Reveals: "account email, id and organization"},
	}
}

// devSpecs are code hosting, registries, CI, cloud and hosting platforms.
func devSpecs() []*httpSpec {
	return []*httpSpec{
		{Rules: []string{"github-token", "github-fine-grained-pat"}, Provider: "GitHub", URL: "https://api.github.com/user", Auth: bearer(),
			Headers:  map[string]string{"Accept": "application/vnd.github+json"},
			Identity: []idField{{"user", "login"}, {"id", "id"}, {"type", "type"}, {"scopes", "header:X-OAuth-Scopes"}}, Reveals: "user login, id, account type and OAuth scopes"},
		{Rules: []string{"gitlab-token", "gitlab-routable-token"}, Provider: "GitLab", URL: "https://gitlab.com/api/v4/personal_access_tokens/self", Auth: header("PRIVATE-TOKEN", ""),
			Identity: []idField{{"token_name", "name"}, {"user_id", "user_id"}, {"scopes", "scopes"}, {"expires_at", "expires_at"}}, Reveals: "token name, user id, scopes and expiry (gitlab.com only; a self-managed instance's token is invalid here)"},
		{Rules: []string{"npm-token"}, Provider: "npm", URL: "https://registry.npmjs.org/-/whoami", Auth: bearer(),
			Identity: []idField{{"user", "username"}}, Reveals: "user name"},
		{Rules: []string{"rubygems-api-key"}, Provider: "RubyGems", URL: "https://rubygems.org/api/v1/gems.json", Auth: header("Authorization", ""),
			Identity: []idField{{"gem", "0.name"}}, Reveals: "first gem the owner publishes"},
		{Rules: []string{"crates-io-token"}, Provider: "crates.io", URL: "https://crates.io/api/v1/me", Auth: header("Authorization", ""),
			Identity: []idField{{"user", "user.login"}, {"email", "user.email"}}, Reveals: "user login and email"},
		{Rules: []string{"circleci-token"}, Provider: "CircleCI", URL: "https://circleci.com/api/v2/me", Auth: header("Circle-Token", ""),
			Identity: []idField{{"user", "login"}, {"id", "id"}}, Reveals: "user login and id"},
		{Rules: []string{"buildkite-token"}, Provider: "Buildkite", URL: "https://api.buildkite.com/v2/access-token", Auth: bearer(),
			Identity: []idField{{"token", "uuid"}, {"scopes", "scopes"}}, Reveals: "token uuid and scopes"},
		{Rules: []string{"terraform-cloud-token"}, Provider: "HCP Terraform", URL: "https://app.terraform.io/api/v2/account/details", Auth: bearer(),
			Identity: []idField{{"user", "data.attributes.username"}, {"email", "data.attributes.email"}}, Reveals: "user name and email"},
		{Rules: []string{"pulumi-access-token"}, Provider: "Pulumi", URL: "https://api.pulumi.com/api/user", Auth: header("Authorization", "token "),
			Identity: []idField{{"user", "githubLogin"}, {"name", "name"}}, Reveals: "user login and name"},
		{Rules: []string{"doppler-token"}, Provider: "Doppler", URL: "https://api.doppler.com/v3/me", Auth: bearer(),
			Identity: []idField{{"workplace", "workplace.name"}, {"type", "type"}, {"name", "name"}}, Reveals: "workplace, token type and name"},
		{Rules: []string{"snyk-api-token"}, Provider: "Snyk", URL: "https://api.snyk.io/v1/user/me", Auth: header("Authorization", "token "),
			Identity: []idField{{"user", "username"}, {"email", "email"}}, Reveals: "user name and email"},
		{Rules: []string{"sentry-user-token", "sentry-org-token", "sentry-legacy-auth-token"}, Provider: "Sentry", URL: "https://sentry.io/api/0/", Auth: bearer(),
			ValidIf: "auth", Identity: []idField{{"scopes", "auth.scopes"}, {"user", "user.username"}}, Reveals: "token scopes and user (an answer without auth is invalid)"},
		{Rules: []string{"vercel-token", "vercel-legacy-token"}, Provider: "Vercel", URL: "https://api.vercel.com/v2/user", Auth: bearer(),
			Identity: []idField{{"user", "user.username"}, {"email", "user.email"}}, Reveals: "user name and email"},
		{Rules: []string{"netlify-token"}, Provider: "Netlify", URL: "https://api.netlify.com/api/v1/user", Auth: bearer(),
			Identity: []idField{{"email", "email"}, {"name", "full_name"}}, Reveals: "email and name"},
		{Rules: []string{"flyio-access-token"}, Provider: "Fly.io", Method: http.MethodPost, URL: "https://api.fly.io/graphql", Auth: bearer(),
			Body: `{"query":"{ viewer { email } }"}`, ContentType: jsonType, ValidIf: "data.viewer.email",
			Identity: []idField{{"email", "data.viewer.email"}}, Reveals: "account email (read-only GraphQL viewer query)"},
		{Rules: []string{"supabase-access-token"}, Provider: "Supabase", URL: "https://api.supabase.com/v1/projects", Auth: bearer(),
			Identity: []idField{{"project", "0.name"}, {"organization", "0.organization_id"}}, Reveals: "first project and its organization"},
		{Rules: []string{"heroku-api-key", "heroku-api-key-legacy"}, Provider: "Heroku", URL: "https://api.heroku.com/account", Auth: bearer(), Headers: herokuAcc,
			Identity: []idField{{"email", "email"}, {"id", "id"}}, Reveals: "account email and id"},
		{Rules: []string{"digitalocean-token"}, Provider: "DigitalOcean", URL: "https://api.digitalocean.com/v2/account", Auth: bearer(),
			Identity: []idField{{"email", "account.email"}, {"uuid", "account.uuid"}, {"team", "account.team.name"}, {"status", "account.status"}}, Reveals: "account email, uuid, team and status"},
		{Rules: []string{"cloudflare-api-token"}, Provider: "Cloudflare", URL: "https://api.cloudflare.com/client/v4/user/tokens/verify", Auth: bearer(),
			ValidIf: "success", Identity: []idField{{"token_id", "result.id"}, {"status", "result.status"}}, Reveals: "token id and status"},
		{Rules: []string{"linode-api-token"}, Provider: "Linode", URL: "https://api.linode.com/v4/profile", Auth: bearer(),
			Identity: []idField{{"user", "username"}, {"email", "email"}}, Reveals: "user name and email"},
		{Rules: []string{"vultr-api-key"}, Provider: "Vultr", URL: "https://api.vultr.com/v2/account", Auth: bearer(),
			Identity: []idField{{"name", "account.name"}, {"email", "account.email"}}, Reveals: "account name and email"},
		{Rules: []string{"hetzner-cloud-token"}, Provider: "Hetzner Cloud", URL: "https://api.hetzner.cloud/v1/servers?per_page=1", Auth: bearer(), Reveals: "access to the project's servers list"},
		{Rules: []string{"fastly-api-token"}, Provider: "Fastly", URL: "https://api.fastly.com/current_user", Auth: header("Fastly-Key", ""),
			Identity: []idField{{"user", "login"}, {"name", "name"}, {"customer", "customer_id"}}, Reveals: "user login, name and customer id"},
		{Rules: []string{"render-api-key"}, Provider: "Render", URL: "https://api.render.com/v1/owners?limit=1", Auth: bearer(),
			Identity: []idField{{"owner", "0.owner.name"}, {"email", "0.owner.email"}}, Reveals: "owner name and email"},
		{Rules: []string{"tailscale-api-key"}, Provider: "Tailscale", URL: "https://api.tailscale.com/api/v2/tailnet/-/keys", Auth: bearer(), Reveals: "access to the tailnet's keys list"},
		{Rules: []string{"travisci-token"}, Provider: "Travis CI", URL: "https://api.travis-ci.com/user", Auth: header("Authorization", "token "), Headers: travisV,
			Identity: []idField{{"user", "login"}, {"name", "name"}}, Reveals: "user login and name"},
		{Rules: []string{"azure-devops-pat"}, Provider: "Azure DevOps", URL: "https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=7.1", Auth: basicPass(""),
			Identity: []idField{{"name", "displayName"}, {"email", "emailAddress"}}, Reveals: "profile name and email"},
		{Rules: []string{"neon-api-key"}, Provider: "Neon", URL: "https://console.neon.tech/api/v2/users/me", Auth: bearer(),
			Identity: []idField{{"email", "email"}, {"name", "name"}}, Reveals: "user email and name"},
	}
}

// commsSpecs are chat, e-mail, messaging and incident tools, and payments.
func commsSpecs() []*httpSpec {
	return []*httpSpec{
		{Rules: []string{"slack-token"}, Provider: "Slack", URL: "https://slack.com/api/auth.test", Auth: bearer(), ValidIf: "ok",
			Identity: []idField{{"team", "team"}, {"user", "user"}, {"url", "url"}, {"scopes", "header:X-OAuth-Scopes"}}, Reveals: "team, user, workspace URL and scopes"},
		{Rules: []string{"slack-webhook"}, Provider: "Slack webhook", Method: http.MethodPost, URLOf: hostURL([]string{"hooks.slack.com"}, "/services/", "/workflows/", "/triggers/"), Auth: inURL(),
			Body: "not json: keysieve verification", ContentType: jsonType, ValidStatus: []int{400}, ValidBody: "invalid_payload", InvalidStatus: []int{400, 401, 403, 404, 410},
			Reveals: "nothing beyond validity: a malformed payload that a live webhook refuses with invalid_payload and never posts"},
		{Rules: []string{"discord-bot-token"}, Provider: "Discord", URL: "https://discord.com/api/v10/users/@me", Auth: header("Authorization", "Bot "),
			Identity: []idField{{"bot", "username"}, {"id", "id"}}, Reveals: "bot user name and id"},
		{Rules: []string{"discord-webhook"}, Provider: "Discord webhook", URLOf: hostURL([]string{"discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"}, "/api/webhooks/"), Auth: inURL(), InvalidStatus: []int{401, 403, 404},
			Identity: []idField{{"name", "name"}, {"channel", "channel_id"}, {"guild", "guild_id"}}, Reveals: "webhook name, channel and server ids (GET reads the webhook; nothing is posted)"},
		{Rules: []string{"telegram-bot-token"}, Provider: "Telegram", URL: "https://api.telegram.org/bot{secret}/getMe", Format: telegramFormat, Auth: inURL(),
			InvalidStatus: []int{401, 404}, ValidIf: "ok", Identity: []idField{{"bot", "result.username"}, {"id", "result.id"}}, Reveals: "bot user name and id"},
		{Rules: []string{"sendgrid-api-key"}, Provider: "SendGrid", URL: "https://api.sendgrid.com/v3/scopes", Auth: bearer(),
			Identity: []idField{{"scopes", "scopes"}}, Reveals: "the key's scopes"},
		{Rules: []string{"mailgun-api-key", "mailgun-private-api-key"}, Provider: "Mailgun", URL: "https://api.mailgun.net/v3/domains?limit=1", Auth: basicPass("api"),
			Identity: []idField{{"domain", "items.0.name"}}, Reveals: "first sending domain (US region; an EU-region key answers invalid)"},
		{Rules: []string{"mailchimp-api-key"}, Provider: "Mailchimp", URLOf: mailchimpURL, Format: mailchimpDC, Auth: basicPass("keysieve"),
			Identity: []idField{{"account", "account_name"}, {"email", "email"}, {"account_id", "account_id"}}, Reveals: "account name, email and id"},
		{Rules: []string{"brevo-api-key"}, Provider: "Brevo", URL: "https://api.brevo.com/v3/account", Auth: header("api-key", ""),
			Identity: []idField{{"email", "email"}, {"company", "companyName"}}, Reveals: "account email and company"},
		{Rules: []string{"postmark-server-token"}, Provider: "Postmark", URL: "https://api.postmarkapp.com/server", Auth: header("X-Postmark-Server-Token", ""),
			Identity: []idField{{"server", "Name"}, {"id", "ID"}}, Reveals: "server name and id"},
		{Rules: []string{"resend-api-key"}, Provider: "Resend", URL: "https://api.resend.com/domains", Auth: bearer(),
			Identity: []idField{{"domain", "data.0.name"}}, Reveals: "first domain"},
		{Rules: []string{"sparkpost-api-key"}, Provider: "SparkPost", URL: "https://api.sparkpost.com/api/v1/account", Auth: header("Authorization", ""),
			Identity: []idField{{"customer", "results.customer_id"}, {"plan", "results.subscription.name"}}, Reveals: "customer id and plan"},
		{Rules: []string{"pagerduty-api-key"}, Provider: "PagerDuty", URL: "https://api.pagerduty.com/abilities", Auth: header("Authorization", "Token token="), Headers: pdAccept,
			Identity: []idField{{"abilities", "abilities"}}, Reveals: "the account's abilities"},
		{Rules: []string{"opsgenie-api-key"}, Provider: "Opsgenie", URL: "https://api.opsgenie.com/v2/account", Auth: header("Authorization", "GenieKey "),
			Identity: []idField{{"account", "data.name"}, {"plan", "data.plan.name"}}, Reveals: "account name and plan"},
		{Rules: []string{"telnyx-api-key"}, Provider: "Telnyx", URL: "https://api.telnyx.com/v2/balance", Auth: bearer(),
			Identity: []idField{{"currency", "data.currency"}}, Reveals: "access to the account balance"},
		{Rules: []string{"webex-bot-token"}, Provider: "Webex", URL: "https://webexapis.com/v1/people/me", Auth: bearer(),
			Identity: []idField{{"name", "displayName"}, {"email", "emails.0"}}, Reveals: "display name and email"},
		{Rules: []string{"line-channel-access-token"}, Provider: "LINE", URL: "https://api.line.me/v2/bot/info", Auth: bearer(),
			Identity: []idField{{"bot", "displayName"}, {"basic_id", "basicId"}}, Reveals: "bot name and basic id"},
		{Rules: []string{"intercom-access-token"}, Provider: "Intercom", URL: "https://api.intercom.io/me", Auth: bearer(),
			Identity: []idField{{"email", "email"}, {"app", "app.name"}}, Reveals: "admin email and workspace"},
		{Rules: []string{"stripe-live-key", "stripe-test-key"}, Provider: "Stripe", URL: "https://api.stripe.com/v1/balance", Auth: bearer(),
			ValidStatus: []int{200, 403}, InvalidStatus: []int{401}, Identity: []idField{{"livemode", "livemode"}}, Reveals: "live or test mode (a restricted key without balance access answers 403: valid)"},
		{Rules: []string{"square-access-token"}, Provider: "Square", URL: "https://connect.squareup.com/v2/merchants/me", Auth: bearer(),
			Identity: []idField{{"merchant", "merchant.id"}, {"business", "merchant.business_name"}}, Reveals: "merchant id and business name (production; a sandbox token answers invalid)"},
		{Rules: []string{"paystack-secret-key"}, Provider: "Paystack", URL: "https://api.paystack.co/balance", Auth: bearer(),
			Identity: []idField{{"currency", "data.0.currency"}}, Reveals: "access to the balance"},
		{Rules: []string{"flutterwave-secret-key"}, Provider: "Flutterwave", URL: "https://api.flutterwave.com/v3/balances", Auth: bearer(), Reveals: "access to the balances"},
		{Rules: []string{"mollie-api-key"}, Provider: "Mollie", URL: "https://api.mollie.com/v2/methods", Auth: bearer(), Reveals: "access to the payment methods list"},
		{Rules: []string{"lemonsqueezy-api-key"}, Provider: "Lemon Squeezy", URL: "https://api.lemonsqueezy.com/v1/users/me", Auth: bearer(), Headers: map[string]string{"Accept": "application/vnd.api+json"},
			Identity: []idField{{"name", "data.attributes.name"}, {"email", "data.attributes.email"}}, Reveals: "user name and email"},
	}
}

// workSpecs are productivity, design, monitoring and data services.
func workSpecs() []*httpSpec {
	return []*httpSpec{
		{Rules: []string{"linear-api-key"}, Provider: "Linear", Method: http.MethodPost, URL: "https://api.linear.app/graphql", Auth: header("Authorization", ""),
			Body: `{"query":"{ viewer { id name email } }"}`, ContentType: jsonType, InvalidStatus: []int{400, 401, 403}, ValidIf: "data.viewer.id",
			Identity: []idField{{"user", "data.viewer.name"}, {"email", "data.viewer.email"}}, Reveals: "user name and email (read-only GraphQL viewer query)"},
		{Rules: []string{"notion-integration-token", "notion-legacy-token"}, Provider: "Notion", URL: "https://api.notion.com/v1/users/me", Auth: bearer(), Headers: notionVer,
			Identity: []idField{{"name", "name"}, {"workspace", "bot.workspace_name"}}, Reveals: "integration name and workspace"},
		{Rules: []string{"airtable-pat"}, Provider: "Airtable", URL: "https://api.airtable.com/v0/meta/whoami", Auth: bearer(),
			Identity: []idField{{"user", "id"}, {"email", "email"}, {"scopes", "scopes"}}, Reveals: "user id, email and scopes"},
		{Rules: []string{"asana-pat"}, Provider: "Asana", URL: "https://app.asana.com/api/1.0/users/me", Auth: bearer(),
			Identity: []idField{{"name", "data.name"}, {"email", "data.email"}}, Reveals: "user name and email"},
		{Rules: []string{"figma-pat", "figma-legacy-token"}, Provider: "Figma", URL: "https://api.figma.com/v1/me", Auth: header("X-Figma-Token", ""),
			Identity: []idField{{"user", "handle"}, {"email", "email"}}, Reveals: "user handle and email"},
		{Rules: []string{"dropbox-short-lived-token", "dropbox-long-lived-token"}, Provider: "Dropbox", Method: http.MethodPost, URL: "https://api.dropboxapi.com/2/users/get_current_account", Auth: bearer(),
			Identity: []idField{{"email", "email"}, {"name", "name.display_name"}}, Reveals: "account email and name"},
		{Rules: []string{"postman-api-key"}, Provider: "Postman", URL: "https://api.getpostman.com/me", Auth: header("X-Api-Key", ""),
			Identity: []idField{{"user", "user.username"}, {"email", "user.email"}, {"team", "user.teamName"}}, Reveals: "user name, email and team"},
		{Rules: []string{"hubspot-private-app-token"}, Provider: "HubSpot", URL: "https://api.hubapi.com/account-info/v3/details", Auth: bearer(),
			Identity: []idField{{"portal", "portalId"}}, Reveals: "portal (account) id"},
		{Rules: []string{"clickup-api-token"}, Provider: "ClickUp", URL: "https://api.clickup.com/api/v2/user", Auth: header("Authorization", ""),
			Identity: []idField{{"user", "user.username"}, {"email", "user.email"}}, Reveals: "user name and email"},
		{Rules: []string{"monday-api-token"}, Provider: "monday.com", Method: http.MethodPost, URL: "https://api.monday.com/v2", Auth: header("Authorization", ""),
			Body: `{"query":"{ me { name email } }"}`, ContentType: jsonType, ValidIf: "data.me",
			Identity: []idField{{"name", "data.me.name"}, {"email", "data.me.email"}}, Reveals: "user name and email (read-only GraphQL query)"},
		{Rules: []string{"calendly-token"}, Provider: "Calendly", URL: "https://api.calendly.com/users/me", Auth: bearer(),
			Identity: []idField{{"name", "resource.name"}, {"email", "resource.email"}}, Reveals: "user name and email"},
		{Rules: []string{"typeform-pat"}, Provider: "Typeform", URL: "https://api.typeform.com/me", Auth: bearer(),
			Identity: []idField{{"user", "alias"}, {"email", "email"}}, Reveals: "user alias and email"},
		{Rules: []string{"contentful-pat"}, Provider: "Contentful", URL: "https://api.contentful.com/users/me", Auth: bearer(),
			Identity: []idField{{"email", "email"}}, Reveals: "user email"},
		{Rules: []string{"datadog-api-key"}, Provider: "Datadog", URL: "https://api.datadoghq.com/api/v1/validate", Auth: header("DD-API-KEY", ""), ValidIf: "valid",
			Reveals: "validity only (US1 site; a key of another site answers invalid)"},
		{Rules: []string{"newrelic-user-api-key"}, Provider: "New Relic", Method: http.MethodPost, URL: "https://api.newrelic.com/graphql", Auth: header("API-Key", ""),
			Body: `{"query":"{ actor { user { name email } } }"}`, ContentType: jsonType, ValidIf: "data.actor.user",
			Identity: []idField{{"name", "data.actor.user.name"}, {"email", "data.actor.user.email"}}, Reveals: "user name and email (read-only NerdGraph query; US region)"},
		{Rules: []string{"launchdarkly-access-token"}, Provider: "LaunchDarkly", URL: "https://app.launchdarkly.com/api/v2/caller-identity", Auth: header("Authorization", ""),
			Identity: []idField{{"account", "accountId"}, {"token_name", "tokenName"}, {"token_kind", "tokenKind"}}, Reveals: "account id, token name and kind"},
		{Rules: []string{"mapbox-secret-token"}, Provider: "Mapbox", URL: "https://api.mapbox.com/tokens/v2", Auth: query("access_token"),
			ValidIf: "token", Identity: []idField{{"user", "token.user"}, {"code", "code"}}, Reveals: "token owner"},
		{Rules: []string{"bitly-access-token"}, Provider: "Bitly", URL: "https://api-ssl.bitly.com/v4/user", Auth: bearer(),
			Identity: []idField{{"user", "login"}, {"name", "name"}}, Reveals: "user login and name"},
		{Rules: []string{"posthog-personal-api-key"}, Provider: "PostHog", URL: "https://us.posthog.com/api/users/@me/", Auth: bearer(),
			Identity: []idField{{"email", "email"}, {"organization", "organization.name"}}, Reveals: "user email and organization (US cloud)"},
		{Rules: []string{"wakatime-api-key"}, Provider: "WakaTime", URL: "https://wakatime.com/api/v1/users/current", Auth: basicRaw(),
			Identity: []idField{{"user", "data.username"}}, Reveals: "user name"},
		{Rules: []string{"ynab-access-token"}, Provider: "YNAB", URL: "https://api.ynab.com/v1/user", Auth: bearer(),
			Identity: []idField{{"user", "data.user.id"}}, Reveals: "user id"},
		{Rules: []string{"webflow-api-token"}, Provider: "Webflow", URL: "https://api.webflow.com/v2/token/introspect", Auth: bearer(),
			Identity: []idField{{"workspace", "authorization.authorizedTo.workspaceIds"}}, Reveals: "workspaces the token reaches"},
		{Rules: []string{"shodan-api-key"}, Provider: "Shodan", URL: "https://api.shodan.io/api-info", Auth: query("key"),
			Identity: []idField{{"plan", "plan"}}, Reveals: "plan"},
	}
}

// hostURL returns a URLOf for a credential that is itself a URL (a
// webhook): it must be HTTPS on exactly one of hosts, with no user, port,
// query or fragment, and its path under one of prefixes. The request goes
// to hosts[0], the provider's canonical host.
func hostURL(hosts []string, prefixes ...string) func(string) (string, bool) {
	return func(s string) (string, bool) {
		u, err := url.Parse(s)
		if err != nil || u.Scheme != "https" || !slices.Contains(hosts, u.Host) || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
			return "", false
		}
		u.Host = hosts[0]
		for _, p := range prefixes {
			if strings.HasPrefix(u.Path, p) && !strings.Contains(u.Path, "..") {
				return u.String(), true
			}
		}
		return "", false
	}
}

// mailchimpURL calls the data centre the key names (its -usN suffix).
func mailchimpURL(s string) (string, bool) {
	m := mailchimpDC.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return "https://" + m[1] + ".api.mailchimp.com/3.0/", true
}
