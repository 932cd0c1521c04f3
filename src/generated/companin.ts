// The companin API with its real paths (generated from openapi.yaml by npm run generate).
export interface paths {
    "/api/v1/auth/widget-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a short-lived HS256 JWT for a browser widget, from client_id alone.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinWidgetToken"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightWidgetToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistants/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organisation's assistants.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinListAssistants"];
        put?: never;
        /**
         * Create an assistant.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinCreateAssistant"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightAssistants"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an anonymous visitor session.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinCreateSession"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSessions"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        /**
         * The session's messages, oldest first.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinListSessionMessages"];
        put?: never;
        /**
         * Send a visitor message and get the assistant's reply (JSON, or server-sent events).
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinSendSessionMessage"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSessionMessages"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a persistent conversation for an authenticated customer.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinCreateConversation"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightConversations"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a customer message in a conversation and get the reply.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinSendConversationMessage"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightConversationMessages"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contexts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the user context for a user_reference, or replace it.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinUpsertContext"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightContexts"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/files/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a knowledge file (txt, md or pdf).
         * @description A PDF is read up to 500 pages and 1,000,000 characters, the rest left out; one whose pages would inflate past 16 MiB a page or 64 MiB in all, or that its reader cannot read within 256 MB and 20 s, is refused with 400 naming the limit (x-document-limits). Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinUploadKnowledgeFile"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightKnowledgeFiles"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/qa/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a question-answer pair.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinAddKnowledgeQa"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightKnowledgeQa"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/urls/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a web page; it is fetched and its text extracted.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinAddKnowledgeUrl"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightKnowledgeUrls"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/embed/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolve a public install key (or a widget config id) to the client, agent and config ids.
         * @description Called by the embed page's server, with no credentials. Fields are camelCase, as the widget reads them. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinResolveEmbed"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightEmbedResolve"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        /**
         * One agent (an assistant, as the widget names it); the widget reads its name.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinGetAgent"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightAgent"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget-config/{config_id}/public/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_id: string;
            };
            cookie?: never;
        };
        /**
         * A widget config's public projection, at the API origin's root (outside /api/v1).
         * @description A config with variants assigns one from `visitor_id`, the same one every time; `force_variant_id` is honoured for API-key callers only. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinGetPublicWidgetConfig"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightPublicWidgetConfig"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/ui-translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The widget's English UI strings in another language, for a locale it does not bundle.
         * @description Sent with no credentials. The vendor translates with an LLM; the mock has no translator and answers each string from the fixtures' `ui_translations` for the locale, else unchanged (docs/fidelity.md). Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinTranslateUi"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightUiTranslations"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/telemetry/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A widget event (load, open, close, message sent, button, feedback), at the API origin's root.
         * @description Fire and forget: the widget ignores the answer. A Bearer token is optional (the widget sends one with `message_sent` only); when sent it must be valid. Events are kept per organisation and shown by admin. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinRecordTelemetry"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightTelemetry"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSession"];
        head?: never;
        /**
         * Merge metadata into a session (the widget's A/B variant on restore); the same call twice changes nothing more.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        patch: operations["companinUpdateSession"];
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        /**
         * Whether the visitor already rated this chat.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinGetSessionFeedback"];
        put?: never;
        /**
         * The visitor's end-of-chat rating; a second rating replaces the first.
         * @description The widget's feedback dialog sends its own iframe origin in X-Embed-Origin, so against a token pinned to the host page this is refused with 403 Origin mismatch, as the vendor does (client-facts A.1). Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinRateSession"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSessionFeedback"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The visitor is still there; stamps last_seen_at and keeps the session from expiring.
         * @description No body. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinSessionHeartbeat"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightHeartbeat"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A goal the host page reached (an order, a sign-up), credited to the session's conversation.
         * @description The same `dedup_key` in a session is counted once: the repeat answers 200 with the first record. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinTrackConversion"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightConversions"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to the session; its id goes in a later message's attachment_ids.
         * @description The widget sends this with Authorization only, no X-Embed-Origin, so a token pinned to the host page is refused with 403 Origin mismatch unless the browser's Origin is that page (client-facts A.1, A.3.17). The mock keeps the file's name, type and size, not its bytes; `url` is null. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinUploadSessionFile"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSessionFiles"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message/{message_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thumbs up or down on one assistant reply; a second vote replaces the first.
         * @description A message id the server never issued (the widget's local `agent-stop-…`, `agent-partial-…` and `temp-handoff-…` bubbles) is 404. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinRateMessage"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightMessageFeedback"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-tickets/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the chat to a human; refused with 403 when the organisation's plan has no support tickets.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        post: operations["companinCreateSupportTicket"];
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSupportTickets"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/by-user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest live session of the user a user-claimed widget token names (null when none).
         * @description Needs a token minted with `user_token`; an anonymous token is 403. Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinSessionByUser"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightSessionByUser"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/search/widget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Instant search over the agent's knowledge for the docs widget; `hits` at the top level, no envelope.
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinSearchKnowledgeWidget"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightKnowledgeSearch"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API's health probe, which the widget server calls (not browser traffic).
         * @description Limit `requests-per-hour` (x-limits): Requests per organisation per clock hour; every answer carries X-RateLimit-*, the 1001st is refused with 429 and Retry-After.
         */
        get: operations["companinHealth"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight, with credentials. */
        options: operations["companinPreflightHealth"];
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CompaninError: {
            /** @constant */
            status: "error";
            status_code: number;
            detail: string;
            data: null;
            code?: string;
        };
        CompaninAssistantInput: {
            name: string;
            description?: string;
            tone?: components["schemas"]["CompaninTone"];
            language?: components["schemas"]["CompaninLanguage"];
            default_tasks?: string[];
            is_active?: boolean;
        };
        /** @enum {string} */
        CompaninTone: "professional" | "friendly" | "casual" | "formal";
        /**
         * @description An ISO 639-1 code.
         * @enum {string}
         */
        CompaninLanguage: "en" | "sv" | "zh" | "ko" | "ja" | "de" | "fr" | "es";
        CompaninAssistant: {
            id: string;
            name: string;
            description: string;
            tone: components["schemas"]["CompaninTone"];
            language: components["schemas"]["CompaninLanguage"];
            default_tasks: string[];
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
        };
        CompaninSession: {
            id: string;
            session_id: string;
            assistant_id: string;
            visitor_id: string | null;
            locale: string | null;
            metadata: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
        };
        CompaninMessageInput: {
            content: string;
            metadata?: {
                [key: string]: unknown;
            };
        };
        CompaninMessage: {
            id: string;
            content: string;
            /** @enum {unknown} */
            sender: "user" | "assistant";
            /** Format: date-time */
            created_at: string;
            sources: components["schemas"]["CompaninSource"][];
            metadata: {
                [key: string]: unknown;
            };
            /** @description The files a message's attachment_ids named. */
            attachments?: components["schemas"]["CompaninAttachment"][];
        };
        CompaninExchangeResponse: {
            /** @constant */
            status: "success";
            data: {
                /** @description The session, on replies to session messages. */
                session_id?: string;
                /** @description The conversation the turn belongs to (a session's is the session's own id). */
                conversation_id?: string;
                /**
                 * Format: date-time
                 * @description The session's expiry, moved forward by this message (sessions are extended by activity).
                 */
                expires_at?: string;
                user_message: components["schemas"]["CompaninMessage"];
                assistant_message: components["schemas"]["CompaninMessage"] & {
                    metadata?: {
                        assistant_unsure: boolean;
                        /**
                         * @description Set when the visitor asked for a person; the widget then offers its support-ticket form.
                         * @constant
                         */
                        handoff?: true;
                    };
                };
            };
        };
        /** @description What the widget sends: the text, its locale and page, the identified user, attachments; scripted lines carry `skip_ai_response` (stored, no reply) and `sender: assistant` (a bot line, only with skip_ai_response). */
        CompaninSessionMessageInput: {
            content: string;
            locale?: string;
            page_context?: {
                [key: string]: unknown;
            };
            user_context?: {
                userId?: string;
                email?: string;
                name?: string;
                metadata?: {
                    [key: string]: unknown;
                };
            };
            attachment_ids?: string[];
            skip_ai_response?: boolean;
            /** @enum {unknown} */
            sender?: "user" | "assistant";
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A cited knowledge entry; the reply's text marks it `[n]`, n counting from 1. */
        CompaninSource: {
            /** @enum {unknown} */
            type: "file" | "qa" | "url";
            title: string;
            snippet: string;
            url: string | null;
            reference_id: string;
        };
        /** @description A scripted line stored with skip_ai_response; there is no reply. */
        CompaninStoredLineResponse: {
            /** @constant */
            status: "success";
            data: {
                message: components["schemas"]["CompaninMessage"];
                session_id: string;
                conversation_id: string;
                /** Format: date-time */
                expires_at: string;
            };
        };
        /** @description The public projection the widget renders from (types/widget.ts:73-164); unset fields are left out. */
        CompaninWidgetConfig: {
            id: string;
            /** @enum {unknown} */
            widget_type: "chat" | "docs";
            primary_color: string;
            secondary_color?: string;
            background_color: string;
            text_color: string;
            /** @enum {unknown} */
            position?: "bottom-right" | "bottom-left" | "top-right" | "top-left";
            /** @enum {unknown} */
            size?: "sm" | "md" | "lg";
            /** @enum {unknown} */
            theme?: "light" | "dark" | "system";
            /** @enum {unknown} */
            layout_variant?: "classic" | "minimal" | "panel";
            title?: {
                [key: string]: string;
            };
            subtitle?: {
                [key: string]: string;
            };
            placeholder?: {
                [key: string]: string;
            };
            support_tickets_enabled: boolean;
            file_upload_enabled?: boolean;
            hide_branding?: boolean;
            ab_test_enabled: boolean;
            variant_id: string | null;
            variant_name: string | null;
        } & {
            [key: string]: unknown;
        };
        CompaninConversion: {
            id: string;
            session_id: string;
            conversation_id: string;
            goal_type: string;
            goal_label: string | null;
            value: number | null;
            currency: string | null;
            dedup_key: string | null;
            metadata: {
                [key: string]: unknown;
            };
            /** @description True when an earlier conversion of the session had this dedup_key. */
            duplicate: boolean;
            /** Format: date-time */
            created_at: string;
        };
        CompaninAttachment: {
            id: string;
            filename: string;
            content_type: string;
            size_bytes: number;
            url: string | null;
        };
        CompaninSupportTicket: {
            id: string;
            name: string;
            email: string;
            message: string;
            conversation_id: string | null;
            session_id: string | null;
            /** @constant */
            ticket_status: "open";
            /** Format: date-time */
            created_at: string;
        };
        CompaninConversation: {
            id: string;
            assistant_id: string;
            customer_id: string | null;
            title: string | null;
            locale: string | null;
            user_context_id: string | null;
            metadata: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
        };
        CompaninContext: {
            id: string;
            user_reference: string;
            traits: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CompaninKnowledgeEnvelope: {
            /** @constant */
            status: "success";
            data: {
                id: string;
                /** @enum {unknown} */
                kind: "file" | "qa" | "url";
                title: string;
                /** @enum {unknown} */
                file_type?: "txt" | "md" | "pdf";
                url?: string;
                question?: string;
                answer?: string;
                tags?: string[];
                source?: string;
                chunks_created: number;
                /** Format: date-time */
                created_at: string;
            };
        };
    };
    responses: {
        /** @description Authentication required, invalid credentials, or an invalid or expired token. */
        CompaninUnauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 401,
                 *       "detail": "Authentication required - provide X-API-Key and X-API-Secret",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description A widget token used from another Origin, or on an operation it does not cover. */
        CompaninForbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 403,
                 *       "detail": "Origin mismatch",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description No such assistant, session or conversation in this organisation. */
        CompaninNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 404,
                 *       "detail": "Session not found",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description The session has expired; start a new one. */
        CompaninGone: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 410,
                 *       "detail": "Session expired",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description A request with this Idempotency-Key is still in progress; retry once it has finished. */
        CompaninConflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 409,
                 *       "detail": "A request with this Idempotency-Key is still in progress",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description The request failed validation; `detail` names the field. */
        CompaninValidation: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 422,
                 *       "detail": "body.content: field required",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description The file or page is unsupported, empty, broken or unreachable. */
        CompaninBadFile: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 400,
                 *       "detail": "The file is empty",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description The body is larger than the operation allows (`x-max-body-bytes`, else the vendor's `maxBodyBytes`). */
        CompaninPayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 413,
                 *       "detail": "Request body larger than 1048576 bytes",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description Over 1000 requests this hour for the organisation. */
        CompaninRateLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                /** @description Seconds until the window resets. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 429,
                 *       "detail": "Rate limit exceeded",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description The AI service is temporarily unavailable (status assumed, docs/fidelity.md). */
        CompaninUnavailable: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "error",
                 *       "status_code": 503,
                 *       "detail": "AI service temporarily unavailable",
                 *       "data": null
                 *     }
                 */
                "application/json": components["schemas"]["CompaninError"];
            };
        };
        /** @description Preflight answer; the Origin is echoed and credentials are allowed. */
        CompaninPreflight: {
            headers: {
                "Access-Control-Allow-Origin"?: string;
                "Access-Control-Allow-Credentials"?: "true";
                "Access-Control-Allow-Methods"?: string;
                "Access-Control-Allow-Headers"?: string;
                Vary?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
        CompaninOrigin: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per hour for the organisation (header names are an assumption, docs/fidelity.md). */
        RateLimitLimit: number;
        RateLimitRemaining: number;
        /** @description Unix seconds when the current window ends. */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    companinWidgetToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cmp_test_client"
                 *     }
                 */
                "application/json": {
                    client_id: string;
                    user_token?: string;
                };
            };
        };
        responses: {
            /** @description The token. Not wrapped in the success envelope, as in the reference. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJIUzI1NiJ9.e30.sig",
                     *       "expires_in": 3600,
                     *       "token_type": "Bearer"
                     *     }
                     */
                    "application/json": {
                        token: string;
                        /** @constant */
                        expires_in: 3600;
                        /** @constant */
                        token_type: "Bearer";
                    };
                };
            };
            /** @description The Origin header is missing or not allowed for this client. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "status_code": 400,
                     *       "detail": "Origin header is required",
                     *       "code": "missing_origin_header",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["CompaninError"] & {
                        /** @enum {unknown} */
                        code: "origin_not_allowed" | "missing_origin_header";
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightWidgetToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinListAssistants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assistants. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "assistants": [
                     *           {
                     *             "id": "550e8400-e29b-41d4-a716-446655440000",
                     *             "name": "Customer Support Bot",
                     *             "description": "Helpful assistant for customer inquiries",
                     *             "tone": "professional",
                     *             "language": "en",
                     *             "default_tasks": [
                     *               "answer_questions",
                     *               "provide_support"
                     *             ],
                     *             "is_active": true,
                     *             "created_at": "2024-01-15T10:30:00Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            assistants: components["schemas"]["CompaninAssistant"][];
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinCreateAssistant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Customer Support Bot",
                 *       "description": "Helpful assistant for customer inquiries",
                 *       "tone": "professional",
                 *       "language": "en",
                 *       "default_tasks": [
                 *         "answer_questions",
                 *         "provide_support"
                 *       ],
                 *       "is_active": true
                 *     }
                 */
                "application/json": components["schemas"]["CompaninAssistantInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "name": "Customer Support Bot",
                     *         "description": "Helpful assistant for customer inquiries",
                     *         "tone": "professional",
                     *         "language": "en",
                     *         "default_tasks": [
                     *           "answer_questions"
                     *         ],
                     *         "is_active": true,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninAssistant"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightAssistants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinCreateSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assistant_id": "550e8400-e29b-41d4-a716-446655440000",
                 *       "visitor_id": "visitor-123",
                 *       "locale": "en",
                 *       "metadata": {
                 *         "source": "website",
                 *         "page": "/contact"
                 *       }
                 *     }
                 */
                "application/json": {
                    assistant_id?: string;
                    agent_id?: string;
                    /** @description The widget config the session was opened from; its greeting is stored once the chat starts. */
                    widget_config_id?: string;
                    visitor_id?: string;
                    locale?: string;
                    metadata?: {
                        [key: string]: unknown;
                    };
                } | unknown | unknown;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "assistant_id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "visitor_id": "visitor-123",
                     *         "locale": "en",
                     *         "metadata": {
                     *           "source": "website"
                     *         },
                     *         "created_at": "2024-01-15T10:30:00Z",
                     *         "expires_at": "2024-01-16T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninSession"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinListSessionMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "messages": [
                     *           {
                     *             "id": "m1",
                     *             "content": "Hello",
                     *             "sender": "user",
                     *             "created_at": "2024-01-15T10:30:00Z",
                     *             "sources": [],
                     *             "metadata": {}
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            messages: components["schemas"]["CompaninMessage"][];
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinSendSessionMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
                /** @description Per the IETF httpapi Idempotency-Key draft, scoped to the session: the same key and body replay the first answer and store nothing; while the first is still streaming, 409; another body, 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Hello, I need help with my order",
                 *       "locale": "en",
                 *       "page_context": {
                 *         "url": "https://shop.example.com/cart",
                 *         "pathname": "/cart"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CompaninSessionMessageInput"];
            };
        };
        responses: {
            /** @description The visitor's stored message and the assistant's reply; with `skip_ai_response`, the stored line alone. Asked with `Accept: text/event-stream`, the reply streams token by token. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "user_message": {
                     *           "id": "m1",
                     *           "content": "Hello",
                     *           "sender": "user",
                     *           "created_at": "2024-01-15T10:30:00Z",
                     *           "sources": [],
                     *           "metadata": {}
                     *         },
                     *         "assistant_message": {
                     *           "id": "m2",
                     *           "content": "Hi! How can I help?",
                     *           "sender": "assistant",
                     *           "created_at": "2024-01-15T10:30:01Z",
                     *           "sources": [],
                     *           "metadata": {
                     *             "assistant_unsure": false
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompaninExchangeResponse"] | components["schemas"]["CompaninStoredLineResponse"];
                    /**
                     * @example data: {"type":"token","text":"Hi"}
                     *
                     *     data: {"type":"done","data":{}}
                     */
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            409: components["responses"]["CompaninConflict"];
            410: components["responses"]["CompaninGone"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
            503: components["responses"]["CompaninUnavailable"];
        };
    };
    companinPreflightSessionMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinCreateConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assistant_id": "550e8400-e29b-41d4-a716-446655440000",
                 *       "customer_id": "user-456",
                 *       "title": "Order Support",
                 *       "locale": "en"
                 *     }
                 */
                "application/json": {
                    assistant_id: string;
                    customer_id?: string;
                    title?: string;
                    locale?: string;
                    user_context_id?: string;
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8",
                     *         "assistant_id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "customer_id": "user-456",
                     *         "title": "Order Support",
                     *         "locale": "en",
                     *         "user_context_id": null,
                     *         "metadata": {},
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninConversation"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinSendConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Can you help me track my order?",
                 *       "metadata": {
                 *         "order_id": "12345"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CompaninMessageInput"];
            };
        };
        responses: {
            /** @description The customer's stored message and the assistant's reply. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "user_message": {
                     *           "id": "m1",
                     *           "content": "Can you help me track my order?",
                     *           "sender": "user",
                     *           "created_at": "2024-01-15T10:30:00Z",
                     *           "sources": [],
                     *           "metadata": {}
                     *         },
                     *         "assistant_message": {
                     *           "id": "m2",
                     *           "content": "Of course.",
                     *           "sender": "assistant",
                     *           "created_at": "2024-01-15T10:30:01Z",
                     *           "sources": [],
                     *           "metadata": {
                     *             "assistant_unsure": false
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompaninExchangeResponse"];
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
            503: components["responses"]["CompaninUnavailable"];
        };
    };
    companinPreflightConversationMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinUpsertContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_reference": "user-456",
                 *       "traits": {
                 *         "name": "John Doe",
                 *         "subscription_tier": "premium"
                 *       }
                 *     }
                 */
                "application/json": {
                    user_reference: string;
                    traits?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Replaced an existing context. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "9b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
                     *         "user_reference": "user-456",
                     *         "traits": {
                     *           "name": "John Doe"
                     *         },
                     *         "created_at": "2024-01-15T10:30:00Z",
                     *         "updated_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninContext"];
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "9b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
                     *         "user_reference": "user-456",
                     *         "traits": {
                     *           "name": "John Doe"
                     *         },
                     *         "created_at": "2024-01-15T10:30:00Z",
                     *         "updated_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninContext"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightContexts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinUploadKnowledgeFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    title: string;
                    /**
                     * @description Another type is refused with 422, as FastAPI refuses a value outside a Literal.
                     * @example pdf
                     * @enum {string}
                     */
                    file_type: "txt" | "md" | "pdf";
                    /**
                     * Format: binary
                     * @description Not empty (422).
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "1c2d3e4f-5061-4728-8394-a5b6c7d8e9f0",
                     *         "kind": "file",
                     *         "title": "Product Manual",
                     *         "file_type": "pdf",
                     *         "chunks_created": 4,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompaninKnowledgeEnvelope"];
                };
            };
            400: components["responses"]["CompaninBadFile"];
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightKnowledgeFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinAddKnowledgeQa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "question": "What are your business hours?",
                 *       "answer": "We are open Monday to Friday, 9 AM to 6 PM EST.",
                 *       "tags": [
                 *         "hours",
                 *         "support"
                 *       ]
                 *     }
                 */
                "application/json": {
                    question: string;
                    answer: string;
                    tags?: string[];
                    source?: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "2d3e4f50-6172-4839-94a5-b6c7d8e9f0a1",
                     *         "kind": "qa",
                     *         "title": "What are your business hours?",
                     *         "question": "What are your business hours?",
                     *         "answer": "We are open Monday to Friday.",
                     *         "tags": [
                     *           "hours"
                     *         ],
                     *         "source": "manual",
                     *         "chunks_created": 1,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompaninKnowledgeEnvelope"];
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightKnowledgeQa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinAddKnowledgeUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.tech/blog/new-features",
                 *       "title": "New features"
                 *     }
                 */
                "application/json": {
                    /** Format: uri */
                    url: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "3e4f5061-7283-494a-95b6-c7d8e9f0a1b2",
                     *         "kind": "url",
                     *         "title": "New features",
                     *         "url": "https://example.tech/blog/new-features",
                     *         "chunks_created": 3,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompaninKnowledgeEnvelope"];
                };
            };
            400: components["responses"]["CompaninBadFile"];
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightKnowledgeUrls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinResolveEmbed: {
        parameters: {
            query: {
                /** @description An install key (`wgt_…`) or a widget config's id. */
                key: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids behind the key. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "clientId": "cmp_test_client",
                     *         "agentId": "550e8400-e29b-41d4-a716-446655440000",
                     *         "configId": "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                     *         "locale": "en"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            clientId: string;
                            agentId: string;
                            configId: string;
                            locale: string | null;
                        };
                    };
                };
            };
            404: components["responses"]["CompaninNotFound"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightEmbedResolve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinGetAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "name": "Customer Support Bot",
                     *         "description": "Helpful assistant",
                     *         "tone": "professional",
                     *         "language": "en",
                     *         "default_tasks": [
                     *           "answer_questions"
                     *         ],
                     *         "is_active": true,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninAssistant"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinGetPublicWidgetConfig: {
        parameters: {
            query?: {
                visitor_id?: string;
                force_variant_id?: string;
            };
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                config_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The config, with the visitor's variant applied. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                     *         "widget_type": "chat",
                     *         "primary_color": "#2563eb",
                     *         "secondary_color": "#1e40af",
                     *         "background_color": "#ffffff",
                     *         "text_color": "#111827",
                     *         "position": "bottom-right",
                     *         "size": "md",
                     *         "theme": "light",
                     *         "layout_variant": "classic",
                     *         "title": {
                     *           "en": "Support"
                     *         },
                     *         "subtitle": {
                     *           "en": "We usually answer at once"
                     *         },
                     *         "placeholder": {
                     *           "en": "Type a message…"
                     *         },
                     *         "suggestions": {
                     *           "en": [
                     *             "Business hours?"
                     *           ]
                     *         },
                     *         "greeting_message": {
                     *           "text": {
                     *             "en": "Hi! How can we help?"
                     *           }
                     *         },
                     *         "start_open": false,
                     *         "show_timestamps": true,
                     *         "show_typing_indicator": true,
                     *         "hide_branding": false,
                     *         "support_tickets_enabled": true,
                     *         "file_upload_enabled": false,
                     *         "strict_origin": true,
                     *         "ab_test_enabled": false,
                     *         "variant_id": null,
                     *         "variant_name": null,
                     *         "default_language": "en"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninWidgetConfig"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightPublicWidgetConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinTranslateUi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locale": "ja",
                 *       "version": "1k2j3h",
                 *       "strings": {
                 *         "send": "Send",
                 *         "close": "Close"
                 *       }
                 *     }
                 */
                "application/json": {
                    locale: string;
                    version: string;
                    strings: {
                        [key: string]: string | {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The strings, under the same keys. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "locale": "ja",
                     *         "version": "1k2j3h",
                     *         "strings": {
                     *           "send": "送信",
                     *           "close": "閉じる"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            locale: string;
                            version: string;
                            strings: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightUiTranslations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinRecordTelemetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_type": "widget_load",
                 *       "agent": "550e8400-e29b-41d4-a716-446655440000",
                 *       "user_id": "widget-1f0e",
                 *       "metadata": {
                 *         "widget_config_id": "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"
                 *       }
                 *     }
                 */
                "application/json": {
                    event_type: string;
                    agent: string;
                    user_id: string;
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f",
                     *         "event_type": "widget_load",
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            id: string;
                            event_type: string;
                            /** Format: date-time */
                            created_at: string;
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightTelemetry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinPreflightSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinUpdateSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "metadata": {
                 *         "variant_id": "b1",
                 *         "variant_name": "Blue"
                 *       }
                 *     }
                 */
                "application/json": {
                    metadata: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The session, metadata merged. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "assistant_id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "visitor_id": "widget-1f0e",
                     *         "locale": "en",
                     *         "metadata": {
                     *           "variant_id": "b1",
                     *           "variant_name": "Blue"
                     *         },
                     *         "created_at": "2024-01-15T10:30:00Z",
                     *         "expires_at": "2024-01-16T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninSession"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinGetSessionFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rating, if any. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "has_feedback": false,
                     *         "rating": null,
                     *         "comment": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            has_feedback: boolean;
                            /** @enum {unknown} */
                            rating: "positive" | "neutral" | "negative" | null;
                            comment: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinRateSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": "positive",
                 *       "comment": "Quick and helpful"
                 *     }
                 */
                "application/json": {
                    /** @enum {unknown} */
                    rating: "positive" | "neutral" | "negative";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "has_feedback": true,
                     *         "rating": "positive",
                     *         "comment": "Quick and helpful"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            /** @constant */
                            has_feedback: true;
                            /** @enum {unknown} */
                            rating: "positive" | "neutral" | "negative";
                            comment: string;
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightSessionFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinSessionHeartbeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Seen. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "last_seen_at": "2024-01-15T10:30:00Z",
                     *         "expires_at": "2024-01-16T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            session_id: string;
                            /** Format: date-time */
                            last_seen_at: string;
                            /** Format: date-time */
                            expires_at: string;
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinTrackConversion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "goal_type": "purchase",
                 *       "goal_label": "Order 1042",
                 *       "value": 49.5,
                 *       "currency": "EUR",
                 *       "dedup_key": "order-1042"
                 *     }
                 */
                "application/json": {
                    goal_type: string;
                    goal_label?: string;
                    value?: number;
                    currency?: string;
                    dedup_key?: string;
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Already counted under this dedup_key; the first record. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "conversation_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "goal_type": "purchase",
                     *         "goal_label": "Order 1042",
                     *         "value": 49.5,
                     *         "currency": "EUR",
                     *         "dedup_key": "order-1042",
                     *         "metadata": {},
                     *         "duplicate": false,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninConversion"];
                    };
                };
            };
            /** @description Counted. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "conversation_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "goal_type": "purchase",
                     *         "goal_label": "Order 1042",
                     *         "value": 49.5,
                     *         "currency": "EUR",
                     *         "dedup_key": "order-1042",
                     *         "metadata": {},
                     *         "duplicate": false,
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninConversion"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightConversions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinUploadSessionFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Not empty (422).
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e",
                     *         "filename": "receipt.pdf",
                     *         "content_type": "application/pdf",
                     *         "size_bytes": 48213,
                     *         "url": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninAttachment"];
                    };
                };
            };
            400: components["responses"]["CompaninBadFile"];
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            410: components["responses"]["CompaninGone"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightSessionFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinRateMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path: {
                message_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "feedback_type": "thumbs_up"
                 *     }
                 */
                "application/json": {
                    /** @enum {unknown} */
                    feedback_type: "thumbs_up" | "thumbs_down" | "incorrect";
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "message_id": "m2",
                     *         "feedback_type": "thumbs_up",
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            message_id: string;
                            /** @enum {unknown} */
                            feedback_type: "thumbs_up" | "thumbs_down" | "incorrect";
                            /** Format: date-time */
                            created_at: string;
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightMessageFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinCreateSupportTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ana",
                 *       "email": "ana@example.com",
                 *       "message": "I need a person to look at my refund",
                 *       "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                    message: string;
                    conversation_id?: string;
                    session_id?: string;
                };
            };
        };
        responses: {
            /** @description Opened. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
                     *         "name": "Ana",
                     *         "email": "ana@example.com",
                     *         "message": "I need a person to look at my refund",
                     *         "conversation_id": null,
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "ticket_status": "open",
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CompaninSupportTicket"];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            413: components["responses"]["CompaninPayloadTooLarge"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightSupportTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinSessionByUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session id, or null. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "data": {
                     *         "session_id": "7d9f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "expires_at": "2024-01-16T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: {
                            session_id: string | null;
                            /** Format: date-time */
                            expires_at: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightSessionByUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinSearchKnowledgeWidget: {
        parameters: {
            query: {
                agent_id: string;
                q: string;
                limit?: number;
            };
            header?: {
                /** @description The browser's Origin. Widget tokens are bound to the Origin that minted them. */
                Origin?: components["parameters"]["CompaninOrigin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The best matches, best first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hits": [
                     *         {
                     *           "id": "2d3e4f50-6172-4839-94a5-b6c7d8e9f0a1",
                     *           "type": "qa",
                     *           "title": "What are your business hours?",
                     *           "snippet": "We are open Monday to Friday, 9 AM to 6 PM EST.",
                     *           "source_url": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        hits: {
                            id: string;
                            /** @enum {unknown} */
                            type: "file" | "qa" | "url";
                            title: string;
                            snippet: string;
                            source_url: string | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["CompaninUnauthorized"];
            403: components["responses"]["CompaninForbidden"];
            404: components["responses"]["CompaninNotFound"];
            422: components["responses"]["CompaninValidation"];
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightKnowledgeSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
    companinHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            429: components["responses"]["CompaninRateLimited"];
        };
    };
    companinPreflightHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["CompaninPreflight"];
        };
    };
}
