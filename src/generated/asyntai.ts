// The asyntai API with its real paths (generated from openapi.yaml by npm run generate).
export interface paths {
    "/api/v1/chat/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message and receive an AI-generated response.
         * @description Limit `monthly-messages` (x-limits): AI replies per calendar month (UTC); the message past the plan's limit is refused with 429 and stores nothing.
         */
        post: operations["asyntaiChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/websites/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all websites associated with your account. */
        get: operations["asyntaiListWebsites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
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
        /** Retrieve conversation history for a specific session. */
        get: operations["asyntaiGetConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
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
        /** List your recent chat sessions, most recent activity first. */
        get: operations["asyntaiListSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve collected leads, newest first. */
        get: operations["asyntaiListLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get your account information and usage statistics for the current month. */
        get: operations["asyntaiGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your knowledge base entries, newest first. */
        get: operations["asyntaiListKnowledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/text/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add custom text content to your knowledge base.
         * @description Limit `daily-upload-characters` (x-limits): Knowledge characters uploaded per calendar day (UTC); an upload that would pass it is refused whole with 429.
         */
        post: operations["asyntaiAddKnowledgeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/url/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a webpage to your knowledge base; the page is fetched and its text extracted.
         * @description Limit `daily-upload-characters` (x-limits): Knowledge characters uploaded per calendar day (UTC); an upload that would pass it is refused whole with 429.
         */
        post: operations["asyntaiAddKnowledgeUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/spreadsheet/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a CSV or Excel (.xlsx) spreadsheet; each row becomes a knowledge entry.
         * @description An .xlsx whose parts unpack past 32 MiB, or that its reader cannot read within 256 MB and 20 s, is refused with 400 naming the limit (x-document-limits). Limit `daily-upload-characters` (x-limits): Knowledge characters uploaded per calendar day (UTC); an upload that would pass it is refused whole with 429. Limit `spreadsheet-rows` (x-limits): Rows read from one spreadsheet; rows past the plan's cap are left out.
         */
        post: operations["asyntaiAddKnowledgeSpreadsheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a knowledge base entry and its chunks. */
        delete: operations["asyntaiDeleteKnowledge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your registered webhooks. Secrets are never listed. */
        get: operations["asyntaiListWebhooks"];
        put?: never;
        /** Register a webhook. Deliveries carry X-Webhook-Signature, an HMAC-SHA256 of the body. */
        post: operations["asyntaiCreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook; its deliveries stop. */
        delete: operations["asyntaiDeleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    asyntaiEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the mock POSTs to a registered Asyntai webhook URL.
         * @description One POST per event and webhook. `X-Webhook-Signature` is the lowercase hex
         *     HMAC-SHA256 of the exact body bytes, keyed by the webhook's secret; verify it over the
         *     raw bytes, not re-serialised JSON. `X-Webhook-Delivery` stays the same across
         *     retries (a non-2xx answer or a timeout is retried with exponential backoff).
         */
        post: operations["asyntaiWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AsyntaiError: {
            /** @constant */
            success: false;
            error: string;
        };
        AsyntaiDeleted: {
            /** @constant */
            success: true;
            message: string;
        };
        /** @description A website id of this account, as an integer or a numeric string; absent or `""`, the primary website (the dify client sends a numeric string, the n8n node `""` when unset). */
        AsyntaiWebsiteIdBody: number | string | "";
        AsyntaiChatRequest: {
            /** @description The user's message to send to the AI (at most 10,000 characters: an assumption, docs/fidelity.md). */
            message: string;
            /** @description Use the same session_id to keep the conversation history; absent or `""`, a new session is started. */
            session_id?: string;
            website_id?: components["schemas"]["AsyntaiWebsiteIdBody"];
        };
        AsyntaiChatResponse: {
            /** @constant */
            success: true;
            response: string;
            session_id: string;
            /** @description An AI-disclosure sentence, on the first reply of a session only. */
            ai_disclosure?: string;
        };
        AsyntaiWebsite: {
            id: number;
            name: string;
            domain: string;
            is_primary: boolean;
        };
        AsyntaiMessage: {
            /** @enum {unknown} */
            role: "user" | "assistant";
            content: string;
            /** Format: date-time */
            timestamp: string;
        };
        /** @enum {string} */
        AsyntaiSessionSource: "widget" | "api" | "whatsapp" | "instagram" | "messenger" | "gorgias" | "freshchat" | "zapier";
        AsyntaiSession: {
            session_id: string;
            source: components["schemas"]["AsyntaiSessionSource"];
            message_count: number;
            first_message: string | null;
            /** Format: date-time */
            first_message_at: string | null;
            /** Format: date-time */
            last_message_at: string | null;
            website_domain: string;
        };
        AsyntaiLead: {
            session_id: string;
            email: string | null;
            phone: string | null;
            page_url: string | null;
            /** Format: date-time */
            started_at: string;
        };
        /**
         * @description The account's plan; what each allows is in the asyntai tag's `x-plans` and `x-limits`.
         * @enum {unknown}
         */
        AsyntaiPlan: "free" | "starter" | "standard" | "pro";
        AsyntaiAccount: {
            email: string;
            plan: components["schemas"]["AsyntaiPlan"];
            messages_used: number;
            messages_limit: number;
        };
        AsyntaiKnowledgeEntry: {
            id: string;
            /** @enum {unknown} */
            type: "text" | "url" | "spreadsheet";
            title: string;
            description: string;
            /** Format: date-time */
            created_at: string;
        };
        /** @enum {string} */
        AsyntaiWebhookEvent: "message.received" | "conversation.started" | "escalation.requested" | "takeover.started";
        AsyntaiWebhookPayload: {
            event: components["schemas"]["AsyntaiWebhookEvent"];
            /** Format: date-time */
            timestamp: string;
            website_id: number;
            /**
             * @description conversation.started: session_id, source, first_message, started_at.
             *     message.received: session_id, message, response, handled_by (ai | human), timestamp.
             *     escalation.requested: session_id, message, reason.
             *     takeover.started: session_id, agent, started_at.
             */
            data: {
                session_id: string;
                source?: components["schemas"]["AsyntaiSessionSource"];
                first_message?: string;
                /** Format: date-time */
                started_at?: string;
                message?: string;
                response?: string;
                /** @enum {unknown} */
                handled_by?: "ai" | "human";
                /** Format: date-time */
                timestamp?: string;
                reason?: string;
                agent?: string;
            };
        };
        AsyntaiWebhook: {
            id: string;
            url: string;
            events: components["schemas"]["AsyntaiWebhookEvent"][];
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
        };
        AsyntaiWebhookCreated: {
            id: string;
            url: string;
            events: components["schemas"]["AsyntaiWebhookEvent"][];
            secret: string;
            /** Format: date-time */
            created_at: string;
        };
    };
    responses: {
        /** @description Invalid parameters, missing required fields, or a body that is not JSON. */
        AsyntaiBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "message: is required"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description The body is larger than the operation allows (`x-max-body-bytes`, else the vendor's `maxBodyBytes`). */
        AsyntaiPayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Request body larger than 2621440 bytes"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description Invalid or missing API key. */
        AsyntaiUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Invalid API key"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description The plan has no API access (Free; the API needs Starter or higher). */
        AsyntaiPlanForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "API access requires a Starter, Standard or Pro plan"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description No such resource (session, knowledge entry, webhook or website) in this account. */
        AsyntaiNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Knowledge base entry not found"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description Monthly message limit reached for your plan. */
        AsyntaiMessageLimit: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Monthly message limit reached for your plan"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description The upload would pass the plan's daily character limit; nothing was stored. */
        AsyntaiUploadLimit: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Daily upload limit reached for your plan"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
        /** @description AI service temporarily unavailable. */
        AsyntaiUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "AI service temporarily unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiError"];
            };
        };
    };
    parameters: {
        /** @description Max items to return. */
        AsyntaiLimit50: number;
        /** @description A website id of this account; absent or empty, every website (the n8n node sends `""` when unset). */
        AsyntaiWebsiteIdQuery: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    asyntaiChat: {
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
                 *       "message": "What are your business hours?",
                 *       "session_id": "user_123"
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiChatRequest"];
            };
        };
        responses: {
            /**
             * @description The reply. A 200 can still carry `success: false` (observed: the vendor's own
             *     Python client checks the body), so the body is either shape.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "response": "Our business hours are Monday-Friday, 9 AM to 5 PM EST.",
                     *       "session_id": "user_123",
                     *       "ai_disclosure": "You are chatting with an AI assistant."
                     *     }
                     */
                    "application/json": components["schemas"]["AsyntaiChatResponse"] | components["schemas"]["AsyntaiError"];
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
            413: components["responses"]["AsyntaiPayloadTooLarge"];
            429: components["responses"]["AsyntaiMessageLimit"];
            503: components["responses"]["AsyntaiUnavailable"];
        };
    };
    asyntaiListWebsites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's websites. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "websites": [
                     *         {
                     *           "id": 1,
                     *           "name": "My Website",
                     *           "domain": "example.com",
                     *           "is_primary": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        websites: components["schemas"]["AsyntaiWebsite"][];
                    };
                };
            };
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
        };
    };
    asyntaiGetConversation: {
        parameters: {
            query: {
                /** @description The session ID to retrieve history for. */
                session_id: string;
                /** @description Max items to return. */
                limit?: components["parameters"]["AsyntaiLimit50"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "session_id": "user_123",
                     *       "messages": [
                     *         {
                     *           "role": "user",
                     *           "content": "What are your business hours?",
                     *           "timestamp": "2024-01-15T10:30:00Z"
                     *         },
                     *         {
                     *           "role": "assistant",
                     *           "content": "Our business hours are Monday-Friday, 9 AM to 5 PM EST.",
                     *           "timestamp": "2024-01-15T10:30:01Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        session_id: string;
                        messages: components["schemas"]["AsyntaiMessage"][];
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
        };
    };
    asyntaiListSessions: {
        parameters: {
            query?: {
                /** @description Number of recent sessions to return. */
                limit?: number;
                /** @description A website id of this account; absent or empty, every website (the n8n node sends `""` when unset). */
                website_id?: components["parameters"]["AsyntaiWebsiteIdQuery"];
                /** @description Filter by session source. */
                source?: components["schemas"]["AsyntaiSessionSource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "sessions": [
                     *         {
                     *           "session_id": "session_abc123def",
                     *           "source": "widget",
                     *           "message_count": 5,
                     *           "first_message": "What are your business hours?",
                     *           "first_message_at": "2024-01-15T10:30:00Z",
                     *           "last_message_at": "2024-01-15T10:35:00Z",
                     *           "website_domain": "example.com"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        sessions: components["schemas"]["AsyntaiSession"][];
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
        };
    };
    asyntaiListLeads: {
        parameters: {
            query?: {
                /** @description Max items to return. */
                limit?: components["parameters"]["AsyntaiLimit50"];
                /** @description A website id of this account; absent or empty, every website (the n8n node sends `""` when unset). */
                website_id?: components["parameters"]["AsyntaiWebsiteIdQuery"];
                /** @description Only leads with this email (a `+` must be percent-encoded). */
                email?: string;
                /** @description Only leads whose session started at or after this instant, or this day (UTC). */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "leads": [
                     *         {
                     *           "session_id": "session_abc123def",
                     *           "email": "visitor@example.com",
                     *           "phone": "+1234567890",
                     *           "page_url": "https://example.com/pricing",
                     *           "started_at": "2024-01-15T10:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        leads: components["schemas"]["AsyntaiLead"][];
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
        };
    };
    asyntaiGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "account": {
                     *         "email": "you@example.com",
                     *         "plan": "starter",
                     *         "messages_used": 150,
                     *         "messages_limit": 2500
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        account: components["schemas"]["AsyntaiAccount"];
                    };
                };
            };
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
        };
    };
    asyntaiListKnowledge: {
        parameters: {
            query?: {
                /** @description Max items to return. */
                limit?: components["parameters"]["AsyntaiLimit50"];
                /** @description A website id of this account; absent or empty, every website (the n8n node sends `""` when unset). */
                website_id?: components["parameters"]["AsyntaiWebsiteIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Knowledge entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "entries": [
                     *         {
                     *           "id": "abc-123-def",
                     *           "type": "text",
                     *           "title": "Business Hours",
                     *           "description": "Manual text content (150 words)",
                     *           "created_at": "2024-01-15T10:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        entries: components["schemas"]["AsyntaiKnowledgeEntry"][];
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
        };
    };
    asyntaiAddKnowledgeText: {
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
                 *       "title": "Return Policy",
                 *       "content": "We offer a 30-day return policy on all items.",
                 *       "website_id": "1"
                 *     }
                 */
                "application/json": {
                    /** @description A title for this knowledge entry. */
                    title: string;
                    /** @description The text content (min 10 characters; at most the largest plan's daily characters). */
                    content: string;
                    website_id?: components["schemas"]["AsyntaiWebsiteIdBody"];
                };
            };
        };
        responses: {
            /** @description The entry was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": "abc-123-def",
                     *       "title": "Return Policy",
                     *       "chunks_created": 1
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        id: string;
                        title: string;
                        chunks_created: number;
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
            413: components["responses"]["AsyntaiPayloadTooLarge"];
            429: components["responses"]["AsyntaiUploadLimit"];
        };
    };
    asyntaiAddKnowledgeUrl: {
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
                 *       "url": "https://example.com/faq"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description The URL to fetch content from.
                     */
                    url: string;
                    website_id?: components["schemas"]["AsyntaiWebsiteIdBody"];
                };
            };
        };
        responses: {
            /** @description The page was fetched and stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": "abc-123-def",
                     *       "title": "FAQ - Example",
                     *       "url": "https://example.com/faq",
                     *       "chunks_created": 5
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        id: string;
                        title: string;
                        url: string;
                        chunks_created: number;
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
            413: components["responses"]["AsyntaiPayloadTooLarge"];
            429: components["responses"]["AsyntaiUploadLimit"];
        };
    };
    asyntaiAddKnowledgeSpreadsheet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A .csv or .xlsx file, not empty (400). The first row must be column headers.
                     */
                    file: string;
                    website_id?: string;
                };
            };
        };
        responses: {
            /** @description The spreadsheet was stored; excess rows were truncated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": "abc-123-def",
                     *       "title": "products.csv",
                     *       "rows_processed": 15,
                     *       "chunks_created": 15
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        id: string;
                        title: string;
                        rows_processed: number;
                        chunks_created: number;
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
            413: components["responses"]["AsyntaiPayloadTooLarge"];
            429: components["responses"]["AsyntaiUploadLimit"];
        };
    };
    asyntaiDeleteKnowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Knowledge base entry deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["AsyntaiDeleted"];
                };
            };
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
        };
    };
    asyntaiListWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "webhooks": [
                     *         {
                     *           "id": "abc-123-def",
                     *           "url": "https://example.com/webhook",
                     *           "events": [
                     *             "message.received",
                     *             "escalation.requested"
                     *           ],
                     *           "is_active": true,
                     *           "created_at": "2024-01-15T10:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        webhooks: components["schemas"]["AsyntaiWebhook"][];
                    };
                };
            };
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
        };
    };
    asyntaiCreateWebhook: {
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
                 *       "url": "https://example.com/webhook",
                 *       "events": [
                 *         "message.received"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description The HTTPS URL to receive webhook POSTs (http:// only to loopback).
                     */
                    url: string;
                    events: components["schemas"]["AsyntaiWebhookEvent"][];
                    website_id?: components["schemas"]["AsyntaiWebsiteIdBody"];
                };
            };
        };
        responses: {
            /** @description Created. The secret is shown only here. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "webhook": {
                     *         "id": "abc-123-def",
                     *         "url": "https://example.com/webhook",
                     *         "events": [
                     *           "message.received",
                     *           "escalation.requested"
                     *         ],
                     *         "secret": "whsec_abc123",
                     *         "created_at": "2024-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        webhook: components["schemas"]["AsyntaiWebhookCreated"];
                    };
                };
            };
            400: components["responses"]["AsyntaiBadRequest"];
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
            413: components["responses"]["AsyntaiPayloadTooLarge"];
        };
    };
    asyntaiDeleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["AsyntaiDeleted"];
                };
            };
            401: components["responses"]["AsyntaiUnauthorized"];
            403: components["responses"]["AsyntaiPlanForbidden"];
            404: components["responses"]["AsyntaiNotFound"];
        };
    };
    asyntaiWebhookDelivery: {
        parameters: {
            query?: never;
            header: {
                "X-Webhook-Signature": string;
                "X-Webhook-Event": components["schemas"]["AsyntaiWebhookEvent"];
                "X-Webhook-Delivery": string;
                /** @description Unix seconds of the event. */
                "X-Webhook-Timestamp": string;
                "X-Webhook-Attempt": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": "message.received",
                 *       "timestamp": "2025-06-02T09:00:00.000Z",
                 *       "website_id": 1,
                 *       "data": {
                 *         "session_id": "user_123",
                 *         "message": "What are your business hours?",
                 *         "response": "Our business hours are Monday to Friday.",
                 *         "handled_by": "ai",
                 *         "timestamp": "2025-06-02T09:00:00.000Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AsyntaiWebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else, or no answer in time, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
