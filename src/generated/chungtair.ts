// The chungtair API with its real paths (generated from openapi.yaml by npm run generate).
export interface paths {
    "/api/widget/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bot's widget settings; the widget calls it once on load. */
        get: operations["chungtairGetConfig"];
        put?: never;
        post?: never;
        delete?: never;
        /** CORS preflight; any Origin is allowed. */
        options: operations["chungtairPreflightConfig"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Widget-loaded heartbeat; records widget_last_seen_at and widget_last_domain (from Origin).
         * @description Limit `pings-per-minute` (x-limits): Pings per visitor IP in any 60 seconds; the 31st is refused with 429 and Retry-After.
         */
        post: operations["chungtairPing"];
        delete?: never;
        /** CORS preflight; any Origin is allowed. */
        options: operations["chungtairPreflightPing"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A visitor's message; the bot answers from its knowledge.
         * @description Limit `messages-per-minute` (x-limits): Messages per visitor IP in any 60 seconds; the 21st is refused with 429 and Retry-After.
         */
        post: operations["chungtairMessage"];
        delete?: never;
        /** CORS preflight; any Origin is allowed. */
        options: operations["chungtairPreflightMessage"];
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ChungtairToken: string;
        ChungtairError: {
            /** @constant */
            success: false;
            error: string;
        };
        ChungtairConfig: {
            primary_color: string;
            /** @enum {unknown} */
            position: "br" | "bl";
            bot_name: string;
            avatar_url: string;
            welcome: string;
            placeholder: string;
            enabled: boolean;
        };
        /** @description The reference does not show a history item. The mock takes any object, reads the text from `content` (or `text`) and treats a `role` of "user" as the visitor's turn and anything else as the bot's (docs/fidelity.md). */
        ChungtairHistoryItem: {
            role?: string;
            content?: string;
            text?: string;
        };
        ChungtairReply: {
            /** @constant */
            success: true;
            reply: string;
            extra_replies: {
                text: string;
            }[];
        };
        ChungtairPaused: {
            /** @constant */
            success: false;
            /** @description The bot's paused text (default 客服暫停服務中). */
            reply: string;
        };
    };
    responses: {
        /** @description The body is larger than the vendor's `maxBodyBytes`. */
        ChungtairPayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "request entity too large"
                 *     }
                 */
                "application/json": components["schemas"]["ChungtairError"];
            };
        };
        /** @description A body that is not JSON (`bad json`), or a message that is empty, not a string or over 300 characters. */
        ChungtairBadRequest: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                Vary: components["headers"]["VaryOrigin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "bad json"
                 *     }
                 */
                "application/json": components["schemas"]["ChungtairError"];
            };
        };
        /** @description The token does not exist, is not 32 lowercase hex, or its bot was deleted. */
        ChungtairInvalidToken: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                Vary: components["headers"]["VaryOrigin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "invalid token"
                 *     }
                 */
                "application/json": components["schemas"]["ChungtairError"];
            };
        };
        /** @description Too many requests from this IP (30 pings or 20 messages a minute). */
        ChungtairRateLimited: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                Vary: components["headers"]["VaryOrigin"];
                /** @description Seconds until the oldest request in the window leaves it. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "rate limited"
                 *     }
                 */
                "application/json": components["schemas"]["ChungtairError"];
            };
        };
        /** @description Preflight answer. */
        ChungtairPreflight: {
            headers: {
                "Access-Control-Allow-Origin"?: string;
                "Access-Control-Allow-Methods"?: "GET, POST, OPTIONS";
                "Access-Control-Allow-Headers"?: "Content-Type";
                "Access-Control-Max-Age"?: "600";
                Vary?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request's Origin, echoed (any Origin is allowed). */
        AllowOriginEcho: string;
        VaryOrigin: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    chungtairGetConfig: {
        parameters: {
            query: {
                /** @description 32 lowercase hex widget token. A token of another form is answered 404. */
                token: components["schemas"]["ChungtairToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot's settings. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                    Vary: components["headers"]["VaryOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "config": {
                     *         "primary_color": "#00d4ff",
                     *         "position": "br",
                     *         "bot_name": "AI 智能客服",
                     *         "avatar_url": "",
                     *         "welcome": "你好,有什麼可以幫你的嗎?",
                     *         "placeholder": "請輸入訊息...",
                     *         "enabled": true
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                        config: components["schemas"]["ChungtairConfig"];
                    };
                };
            };
            404: components["responses"]["ChungtairInvalidToken"];
        };
    };
    chungtairPreflightConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["ChungtairPreflight"];
        };
    };
    chungtairPing: {
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
                 *       "token": "0123456789abcdef0123456789abcdef"
                 *     }
                 */
                "application/json": {
                    token: components["schemas"]["ChungtairToken"];
                };
            };
        };
        responses: {
            /** @description Recorded. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                    Vary: components["headers"]["VaryOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        success: true;
                    };
                };
            };
            400: components["responses"]["ChungtairBadRequest"];
            404: components["responses"]["ChungtairInvalidToken"];
            413: components["responses"]["ChungtairPayloadTooLarge"];
            429: components["responses"]["ChungtairRateLimited"];
        };
    };
    chungtairPreflightPing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["ChungtairPreflight"];
        };
    };
    chungtairMessage: {
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
                 *       "token": "0123456789abcdef0123456789abcdef",
                 *       "message": "你好",
                 *       "history": [],
                 *       "chat_id": "web_abcd1234"
                 *     }
                 */
                "application/json": {
                    token: components["schemas"]["ChungtairToken"];
                    /** @description 1-300 characters. */
                    message: string;
                    /** @description The last 10 messages, as context. Only the last 10 are used. */
                    history?: components["schemas"]["ChungtairHistoryItem"][];
                    /** @description Optional; `web_` + 8-32 hex. */
                    chat_id?: string;
                };
            };
        };
        responses: {
            /** @description The reply, or for a paused bot `success:false` with the paused text. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                    Vary: components["headers"]["VaryOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "reply": "您好!有什麼可以幫您?",
                     *       "extra_replies": []
                     *     }
                     */
                    "application/json": components["schemas"]["ChungtairReply"] | components["schemas"]["ChungtairPaused"];
                };
            };
            400: components["responses"]["ChungtairBadRequest"];
            404: components["responses"]["ChungtairInvalidToken"];
            413: components["responses"]["ChungtairPayloadTooLarge"];
            429: components["responses"]["ChungtairRateLimited"];
            /** @description The AI layer failed. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["AllowOriginEcho"];
                    Vary: components["headers"]["VaryOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "ai error"
                     *     }
                     */
                    "application/json": components["schemas"]["ChungtairError"];
                };
            };
        };
    };
    chungtairPreflightMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["ChungtairPreflight"];
        };
    };
}
