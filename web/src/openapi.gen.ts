// Generated from docs/openapi.json by openapi-typescript (web/scripts/api-types.mjs): do not edit.
// After changing the document, run `npm run generate:api-types` in web/ and commit both.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Object"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this process */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as an OpenAPI 3 document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Object"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; returns a bearer token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Login"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the bearer token of this request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Object"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations on the platform */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organisation"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /** Create an organisation (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of an organisation (organisation admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /** Add a user to an organisation (organisation admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's access log, newest first (organisation admin) */
        get: {
            parameters: {
                query?: {
                    /** @description only this client's events */
                    client_id?: number;
                    /** @description page: events before this sequence number */
                    before_seq?: number;
                    /** @description 1..1000, default 100 */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEvent"][];
                            /** @description page: pass as ?before_seq= for older events; absent when the page was not full */
                            next_before_seq?: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who looked at this client's record (the client or family) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: number;
                            /** @description the newest 500 events */
                            items: components["schemas"]["AuditEvent"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's clients (coordinator) */
        get: {
            parameters: {
                query?: {
                    /** @description name contains */
                    q?: string;
                    /** @description 1..500 */
                    limit?: number;
                    /** @description page: ids after this one */
                    after?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Client"][];
                            next_after?: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /** Add a client (coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's record (coordinator, or the client) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /** Change a client's record (coordinator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/arrangements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's care arrangements (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Arrangement"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /** Set a care arrangement; materialises its tasks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArrangementInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Arrangement"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/arrangements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A care arrangement (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description arrangement id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Arrangement"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /** Change a care arrangement; only future unclaimed tasks change, claimed ones are reported as conflicts */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description arrangement id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArrangementInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Arrangement"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        /** End a care arrangement after last_day (default today) */
        delete: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    last_day?: string;
                };
                header?: never;
                path: {
                    /** @description arrangement id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Arrangement"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's tasks in a date range (coordinator) */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, default today */
                    from?: string;
                    /** @description YYYY-MM-DD, default from + 6 */
                    to?: string;
                    /** @description open | claimed | done | cancelled */
                    status?: string;
                    client_id?: number;
                    /** @description 1..500 */
                    limit?: number;
                    /** @description page */
                    after?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                            next_after?: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task of the organisation (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a claimed task back into the market (coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open, claimed, at-risk and done tasks per day (coordinator) */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    from?: string;
                    /** @description YYYY-MM-DD, at most 63 days */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Board"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register as a caregiver (no login needed)
         * @description Creates the caregiver and their login (role caregiver); log in with POST /v1/auth/login. 409 when an account with this email exists.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaregiverRegistration"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Caregiver"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A caregiver's profile (themselves; limited for their organisations)
         * @description The caregiver gets their whole profile (Caregiver); an admin or coordinator of an organisation they work for gets CaregiverSummary; anyone else 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Caregiver"] | components["schemas"]["CaregiverSummary"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Change one's caregiver profile (fields given are changed)
         * @description Only the caregiver themselves; any other caller gets 404, as for an id that does not exist.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaregiverUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Caregiver"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a certificate with its evidence (unverified until an organisation verifies it)
         * @description Uploading a code again replaces it (new expiry, registrations and evidence) and it must be verified again. The evidence document travels as base64 in the body, which may be up to 7 MB on this route (the server's limit elsewhere is 1 MB). Only the caregiver themselves; any other caller gets 404, as for an id that does not exist. 400 names the field (evidence.media_type, evidence.content_base64, evidence.file_name, big_number, duo_reference); 413 when the document is over 5 MB.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CertificateInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/certificates/{code}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a caregiver's certificate against its evidence (organisation admin or coordinator)
         * @description An admin or coordinator of an organisation the caregiver works for vouches for the certificate against the evidence they opened (verified_by is that organisation; the verification records the user, the evidence id and its hash). 403 for anyone else's role; 404 when the caregiver does not work for the caller's organisation or has not uploaded this certificate; 409 when it has no evidence, the evidence named is not its current evidence, or it is verified already. An audit event (certificate.verify) and a live event to the caregiver (certificate.verified).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                    /** @description certificate code */
                    code: "injection" | "catheter" | "tube-feeding" | "wound-care" | "medication";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VerificationInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One's published availability
         * @description Only the caregiver themselves; any other caller gets 404, as for an id that does not exist.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Availability"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Replace one's availability (weekly and one-off)
         * @description Only the caregiver themselves; any other caller gets 404, as for an id that does not exist.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AvailabilityInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Availability"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start working for an organisation
         * @description Idempotent; answers the whole profile with its organisations. 404 when there is no such organisation. Only the caregiver themselves; any other caller gets 404, as for an id that does not exist.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationMembership"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Caregiver"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/organisations/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop working for an organisation
         * @description 409 while the caregiver holds claimed tasks of the organisation; 404 when they do not work for it. Only the caregiver themselves; any other caller gets 404, as for an id that does not exist.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                    /** @description organisation id */
                    org: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Caregiver"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/caregivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Caregivers working for an organisation (admin, coordinator)
         * @description 403 for anyone but this organisation's admin or coordinators.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1..500, default 100 */
                    limit?: number;
                    /** @description page: ids after this one */
                    after?: number;
                };
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CaregiverSummary"][];
                            /** @description page: pass as ?after= for the next page; absent on the last page */
                            next_after?: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/caregivers/{cid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a caregiver as employed or not (organisation admin)
         * @description 403 for anyone but this organisation's admin; 404 when the caregiver does not work for it.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                    /** @description caregiver id */
                    cid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Employment"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaregiverSummary"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open tasks the caregiver may do, best fit first (no client details)
         * @description Open tasks of the organisations the caregiver works for that they are qualified for (level, valid verified certificates), within the feed radius of home, inside their availability, fitting their other tasks with travel and their weekly hours. At most the 150 earliest candidates are judged per request; later days are reached with from. 403 for anyone but a caregiver.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, default today */
                    from?: string;
                    /** @description YYYY-MM-DD, default from + 6; at most 31 days */
                    to?: string;
                    /** @description 1..500, default 50 */
                    limit?: number;
                    /** @description page: the next_after of the previous page */
                    after?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim an open task (first come, first served)
         * @description Of several caregivers claiming the same task exactly one gets 200. 403 when not a caregiver or not qualified (level, certificates); 404 when there is no such task in the organisations the caregiver works for; 409 when it is already claimed, no longer open, its window has started, or it does not fit (availability, other tasks with travel, weekly hours, the other slot of a double-staffed visit).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HeldTask"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a claimed task back (until the notice period)
         * @description The task is open again and marked urgent. 409 after checking in, or later than the release notice (default 24 hours) before its window; 404 for a task the caregiver does not hold.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReleasedTask"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check in at a claimed task
         * @description Opens an hour before the window. 409 when the task is not claimed, already checked in, or the time is too early; 400 for a time in the future; 404 for a task the caregiver does not hold.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CheckInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HeldTask"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check out of a task; it is done
         * @description 409 when not checked in, not claimed, or the time is before the check-in; 400 for a time in the future; 404 for a task the caregiver does not hold.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CheckInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HeldTask"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caregiver's claimed and done tasks (client details near the visit)
         * @description Ordered by window start. A task's client details are included only inside its privacy window, and each such view is written to the access log. 403 for anyone but a caregiver.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, default today */
                    from?: string;
                    /** @description YYYY-MM-DD, default from + 13; at most 63 days */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyTasks"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/certificate-prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open tasks and hours near me each certificate I lack would unlock
         * @description Caregiver only (403 otherwise). Counts open tasks whose window starts from now to the end of the horizon, of the organisations the caregiver works for, at or below their level (0 for volunteers), within the feed's radius of home or digital, that need the certificate and whose other required certificates the caregiver holds verified and valid on the task's day. Availability, other tasks and weekly hours are not judged: this is what the certificate opens, not a feed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateProspects"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's visits of the next 14 days and who is coming
         * @description Visits not cancelled that have not ended, starting within 14 days. 403 for anyone but a client or family account.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Visit"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's plan runs, newest first, with proposals counted (coordinator)
         * @description Coordinator or organisation admin; only the organisation's runs. Paged backwards: limit (1..500, default 50) and before (a run id; the previous page's next_before).
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1..500 */
                    limit?: number;
                    /** @description page: runs with ids below this one */
                    before?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanRun"][];
                            /** @description present when there may be older runs */
                            next_before?: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /**
         * Plan open tasks over a date range and offer or assign them (coordinator)
         * @description Runs the planning engine over the organisation's open tasks (window opening after now) and the caregivers working for it who are available on those days; stores the run and one proposal per planned task. mode offer: every proposal is pending until its caregiver accepts or declines it before the deadline (now + the proposal deadline setting, at most one hour before the task's window). mode assign: tasks planned for employees of the organisation are claimed for them at once (status assigned, or failed when the task was no longer open); the rest are offered. A problem the engine refuses answers 422. mode review: the proposals are stored as drafts (status draft, deadline null) and nothing else changes: no caregiver sees them, no earlier offer is superseded, until the run is sent (POST /v1/plans/{id}/send) or discarded.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                422: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan run's summary and proposals (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a reviewed plan's draft proposals as offers or assignments (coordinator)
         * @description Hands out every draft proposal of the run exactly as POST /v1/plans does in that mode, at the moment of sending: offer makes them pending with deadlines counted from now; assign claims employees' tasks for them at once (the market's rules; audited) and offers the rest; a proposal whose task is no longer open (or whose claim the market refuses) becomes failed, with the reason in summary.failures. Earlier runs' pending offers for the run's days are superseded. 404 for another organisation's run; 409 when the run has no drafts left (already sent or discarded).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanSend"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard a reviewed plan's draft proposals (coordinator)
         * @description Every draft proposal of the run becomes discarded; nothing else changes. 404 for another organisation's run; 409 when the run has no drafts left.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks proposed to me and still open to accept (caregiver) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CaregiverProposal"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proposal: claims the task (caregiver)
         * @description 409 when the proposal is no longer pending, its deadline has passed, the task was taken meanwhile, or it would overlap the caregiver's other tasks.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description proposal id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaregiverProposal"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a proposal (caregiver) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description proposal id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaregiverProposal"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/invoices/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A caregiver's own invoice for a month (YYYY-MM) per organisation; ?format=csv
         * @description JSON, or text/csv (RFC 4180, header row first, CRLF, one row per invoice line: organisation, date, task_id, type, area, check_in, check_out, minutes, amount_cents, hourly_equivalent_cents; totals are not rows; sent as an attachment) with ?format=csv or an Accept header naming text/csv. Errors are problem details either way. 403 for anyone but a caregiver; another caregiver's id answers 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv for text/csv (default json, or csv when the Accept header names text/csv) */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                    /** @description YYYY-MM */
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaregiverInvoice"];
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/invoices/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's month per caregiver (organisation admin); ?format=csv
         * @description JSON, or text/csv (RFC 4180, header row first, CRLF, one row per caregiver: organisation, caregiver_id, caregiver, kind, tasks, minutes, hours, amount_cents; totals are not rows; sent as an attachment) with ?format=csv or an Accept header naming text/csv. Errors are problem details either way. 403 for anyone but an organisation admin; another organisation answers 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv for text/csv (default json, or csv when the Accept header names text/csv) */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                    /** @description YYYY-MM */
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationInvoices"];
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's key figures over ?from=&to= (analyst, admin, coordinator); ?format=csv
         * @description Coverage, punctuality, continuity, travel share, cost per care hour and the alarms' figures of the caller's own organisation, in total and per day. 403 for anyone but its analyst, admin or coordinators.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv for text/csv: one row per day and a total row (default json, or csv when the Accept header names text/csv) */
                    format?: "json" | "csv";
                    /** @description YYYY-MM-DD, default to - 13 */
                    from?: string;
                    /** @description YYYY-MM-DD, default today; at most 92 days */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Kpis"];
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events for the caller (Server-Sent Events)
         * @description Keeps the connection open and sends, as text/event-stream, the events the caller may receive: a caregiver their new offers and the urgent tasks that newly fit them, a coordinator or organisation admin their organisation's board changes (claimed, released, reopened, at risk, done). Each event has an id, a type and one JSON data line (docs/api.md lists the types). A comment line (`:`) every 15 s keeps the stream open through proxies. Reconnect with the Last-Event-ID header (or ?last_event_id=) to resume without loss for at least an hour; when the events after that id are no longer kept, the stream first sends `event: resync` and the client should reload what it shows. The first block sets the client's last event id even when nothing was sent. A stream ends after 10 minutes (reconnect at once, re-authenticating), or when its client stops reading (more than 1 MiB waiting).
         */
        get: {
            parameters: {
                query?: {
                    /** @description As the Last-Event-ID header, for clients that cannot set it (the header wins) */
                    last_event_id?: number;
                };
                header?: {
                    /** @description The id of the last event the client received: the stream resumes after it */
                    "Last-Event-ID"?: number;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An open event stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate catalogue: every certificate a care task can ask for
         * @description Every certificate (deelcertificaat) the platform knows, by code: care tasks ask for them, caregivers upload them and an organisation verifies them. Any logged-in user may read it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateCatalogue"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's alarms, newest first (care staff, alarm centre)
         * @description At most 200; no client details (read one alarm for those).
         */
        get: {
            parameters: {
                query?: {
                    /** @description open alarms only (default true) */
                    open?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Alarm"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /**
         * Receive an alarm (alarm centre, or care staff by hand); idempotent by source_id
         * @description 201 with the new alarm, triaged by the organisation's policy (a remote check, or offers to caregivers at once); 200 with the first alarm when its source_id was received before. 403 for other roles; 404 for a client or device of another organisation. The body is the native alarm or a FHIR R4 Observation or DeviceAlert (a body with resourceType), read into the same alarm; a FHIR body's errors name the FHIR path of the field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AlarmInput"] | components["schemas"]["FhirObservationAlarm"] | components["schemas"]["FhirDeviceAlertAlarm"];
                };
            };
            responses: {
                /** @description received before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alarm: status, offers and timeline (client details on a need-to-know basis) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description alarm id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an alarm offered to me (the first acceptance wins)
         * @description 409 when another caregiver accepted it first, the alarm is no longer dispatching, the offer expired, or the caregiver holds another alarm. The answer shows the client, access instructions and observations (audited). An informal contact asked (a family account) answers the same way.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description alarm id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an alarm offered to me
         * @description When nobody asked is left, the next round of offers starts at once (or the coordinator on call has it). An informal contact asked (a family account) answers the same way.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description alarm id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms/{id}/arrived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report arriving at the client of the alarm I accepted
         * @description A caregiver offered the alarm, or an informal contact asked (a family account), answers the same way.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description alarm id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an alarm (its responder, or care staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description alarm id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AlarmNote"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarms/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send caregivers now: the remote check failed, or again after an escalation (care staff)
         * @description 409 unless the alarm is in its remote check or escalated.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description alarm id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AlarmNote"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alarm"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarm-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's triage policy for alarms (care staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlarmPolicy"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /** Store a new version of the triage policy (organisation admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AlarmPolicyInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlarmPolicy"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's monitoring devices (care staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Device"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /** Register a monitoring device of a client (care staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeviceInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a responder gets in (care staff; audited)
         * @description Read by care staff to check or change them; every read is audited (client.access_read).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccessInstructions"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Set how a responder gets in (a key-safe code; care staff)
         * @description Shown only to care staff and to the caregiver who accepted an open alarm of the client.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccessInstructions"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccessInstructions"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's alarms of the last day and the open ones, and who is coming (client, family)
         * @description Audited (client.alarms_read). 403 for other roles.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FamilyAlarm"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/alarm-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a key an alarm centre sends alarms with (organisation admin; the key is shown once)
         * @description The key is a bearer token of an alarm_centre account of its own that nobody logs in as; it lasts 365 days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AlarmCentreKeyInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlarmCentreKey"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/alarm-keys/{kid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an alarm centre's key (organisation admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                    /** @description the key's id */
                    kid: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: boolean;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/alarm-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's own first steps for alarms (care staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAlarmSteps"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Set a client's own first steps for alarms, overriding the organisation's policy (care staff)
         * @description Replaces them all; an empty first_step leaves the organisation's policy alone. Audited (client.alarm_steps_update).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientAlarmSteps"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAlarmSteps"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's care journey: digital and physical steps, outcomes, follow-up visits (coordinator)
         * @description Every task of the client that is not cancelled, by start, with its outcome and the visit a failed digital step called for. Audited as client.journey_read. 404 for a client of another organisation.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, default 7 days ago */
                    from?: string;
                    /** @description YYYY-MM-DD, default 14 days after from; at most 31 days */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Journey"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My care journey: digital and physical steps (client, family)
         * @description As GET /v1/clients/{id}/journey, caregivers by first name. 403 for anyone but a client or family account.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, default 7 days ago */
                    from?: string;
                    /** @description YYYY-MM-DD, default 14 days after from; at most 31 days */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Journey"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/absence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report sick or absent, from now or for days: my visits go back to the market as urgent (caregiver)
         * @description Takes the caregiver's claimed visits not checked in whose window has not closed by the period's start and opens before its end back into the market, open and urgent, and withdraws their availability for the period (one-off not-available entries). A visit already checked in is kept. See docs/api.md, Live repair.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AbsenceReport"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/absence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a caregiver of the organisation sick or absent: their visits go back to the market as urgent (coordinator)
         * @description As POST /v1/my/absence, for the coordinator's organisation's visits only; the availability is withdrawn for every organisation. 404 for a caregiver who does not work for the organisation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AbsenceReport"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark that the caregiver did not arrive: the visit goes back to the market as urgent (coordinator)
         * @description Only a claimed visit not checked in whose window has opened (409 otherwise). The market does not let anyone claim a visit whose window has started, so it is counted as missed unless handled outside the market.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/on-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** On-call shifts for alarms (care staff: all; a caregiver: their own) */
        get: {
            parameters: {
                query?: {
                    /** @description local time YYYY-MM-DDTHH:MM; default now */
                    from?: string;
                    /** @description local time; default 7 days after from, at most 14 */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OnCallShift"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /**
         * Schedule a caregiver or coordinator on call for alarms (care staff), or sign up as a caregiver
         * @description Care staff of the organisation schedule any caregiver working for it or any of its coordinators; a caregiver signs up themselves (caregiver_id is their own). A caregiver on call is on duty for alarm dispatch as if their availability covered the shift; an alarm escalated to the coordinator names the coordinator on call. Audited (on_call.schedule).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organisation id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OnCallShiftInput"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OnCallShift"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/on-call/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an on-call shift (care staff, or the caregiver's own) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the shift's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled: boolean;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report where I am (caregiver): ranks me for alarms while fresh (30 minutes), stored at most once a minute
         * @description Used only to rank who would arrive soonest at an alarm (from the client of the visit I am checked in at, else this position while it is at most 30 minutes old, else home); deleted when stale; never shown to anyone. A second report in the same minute of the platform's clock is not stored (stored: false).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat: number;
                        lon: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stored: boolean;
                            /** @description local time of the position kept */
                            reported_at: string;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /** Forget my last known position now (caregiver) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            forgotten: boolean;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/informal-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's informal contacts for alarms, in order, and the client's other accounts (care staff)
         * @description Family carers holding a key, asked one at a time when an alarm's triage or a failed remote check calls for someone on site, before caregivers are sent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InformalContacts"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Set a client's informal contacts for alarms: family accounts holding a key, in the order asked (care staff)
         * @description Each must be an account of this client, listed once; the error names contacts[i]. Audited.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InformalContactsInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InformalContacts"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an open task to a chosen caregiver, or move a held one to another caregiver or start, by the claim's rules (care staff)
         * @description Planning by hand: an open task, or one a caregiver holds and has not started (moved in one step: a refusal leaves it with its holder; 409 once started); judged by the one admission rule as the caregiver's own claim would be; a 409 says why not (the caregiver's name, and what they would be told). With a start (the board's drag to another time), the task starts exactly then in the chosen caregiver's day, who may be its holder; a start outside the task's window is a 400 naming start, one the day cannot take with travel a 409. Audited as task.assign; the board hears task.claimed, the caregiver task.assigned (a holder whose visit only moved in time: task.rescheduled) and a former holder task.reopened.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HandAssignmentInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/continuity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many caregivers the client saw over the last 14 and 28 days, with the continuity of care index
         * @description Counted over the visits held or done, up to and including today: visits, distinct caregivers and the Bice-Boxerman continuity of care index (1: one caregiver for every visit, 0: another for each; null below two visits). Care staff and the client or family; audited as client.continuity_read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientContinuity"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/care-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's phone, emergency contact, indication and care plan (care staff, or the client)
         * @description Empty values until set. Audited as client.care_read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientCare"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Set a client's phone, emergency contact, indication (minutes a week, Zvw/Wlz/Wmo) and care plan (care staff)
         * @description Replaces the care record; a field left out is cleared. Audited as client.care_update.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientCareInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientCare"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/visits/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's visits done in the last 28 days: who came, and when
         * @description Newest first; the caregiver by first name, with check-in and check-out. Audited as client.visits_read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Visit"][];
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/calendar-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new secret calendar feed link of my visits (caregiver, client or family); revokes the earlier one
         * @description The token is shown once; the feed is read at `path` without any other login (RFC 5545, text/calendar). Audited as calendar.link.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** @description /v1/calendar/{token}.ics */
                            path: string;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Revoke my calendar feed link
         * @description Audited as calendar.revoke. Revoking when there is no link is fine.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: boolean;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A calendar feed (text/calendar) read with its secret link alone
         * @description RFC 5545. A caregiver's claimed and done visits from a week back to eight weeks ahead, each a VEVENT with a stable UID (task-ID@carecrowd), SEQUENCE (rises with each change), floating local times and STATUS; the client's name and address only inside the visit's privacy window (else first name and postcode area); visits that left the caregiver as STATUS:CANCELLED. A client's or family account's feed: the client's visits of the next 14 days and who is coming (first name). Reading it is audited as the account's screens are. 404 for an unknown or revoked link.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the link's secret, with or without .ics */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                400: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/availability/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a calendar file (.ics) makes of one's availability, to check and save (nothing stored)
         * @description Only the caregiver themselves; any other caller gets 404. The body carries the text of an iCalendar file (RFC 5545, at most 512 kB) in which every event is a time the caregiver can work. A weekly or daily rule without end becomes weekly entries (its exceptions days off); every other event becomes one-off days for its occurrences in the next 8 weeks. Times become Dutch wall-clock time (a UTC time or a TZID is converted); an event over midnight is split; cancelled events are left out. The answer is an availability as PUT takes it, with the number of events read and skipped; nothing is stored until the caregiver saves it with PUT.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the calendar file's text (BEGIN:VCALENDAR ... END:VCALENDAR) */
                        ics: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Availability"] & {
                            /** @description events in the file */
                            events: number;
                            /** @description of those, cancelled, without a time span, or with no occurrence in the next 8 weeks */
                            skipped: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The messages between a client's family and the care team (the client and family, or care staff); marks the other side's read
         * @description One thread per client between the client's own and family accounts and the care staff (coordinators, organisation admins) of the client's organisation. Reading marks the other side's messages read. Other roles 403; another organisation's client 404. Audited (client.messages_read).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientMessageThread"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        /**
         * Write to the care team (the client and family) or answer the family (care staff)
         * @description The text: 1 to 2,000 bytes of UTF-8, line breaks allowed, not only white space (400 naming `text`). A family's message reaches the organisation's care staff live (event `client.message` with client_id, client_name, message_id); an answer reaches each account of the client (event `client.message`, addressed to that user). Audited (client.message).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description client id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientMessage"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer an open task to chosen caregivers, by the claim's rules (care staff)
         * @description Planning by hand: the task is offered to each chosen caregiver as a proposal of a run of its own (mode `hand`): it appears in their GET /v1/my/proposals and reaches them as proposal.offered; the first to accept claims it. Each caregiver is judged first by the one admission rule, as their own claim would be: a 409 names the one it refuses (`caregiver_ids`, their id, and what they would be told) and nothing is offered to anyone; 409 also when the task is not open or a caregiver has this task's offer still to answer; 400 for an empty list, more than 20 or a caregiver twice. Audited as task.offer. Hand runs are not listed by GET /v1/plans; GET /v1/plans/{id} reads one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description task id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaskOfferInput"];
                };
            };
            responses: {
                /** @description Created: the hand run with its proposals */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/proposals/{pid}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject one draft proposal of a reviewed plan before it is sent (coordinator)
         * @description Review row by row: the draft is discarded and will not be sent with the rest. 404 for a proposal of another plan; 409 when it is no longer a draft. Audited as plan.review. Answers the plan.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id */
                    id: number;
                    /** @description proposal id */
                    pid: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/proposals/{pid}/caregiver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give one draft proposal of a reviewed plan to another caregiver, by the claim's rules (coordinator)
         * @description Review row by row: the draft goes to the chosen caregiver, judged first by the one admission rule as their own claim would be: a 409 names them (`caregiver_id`, their id, and what they would be told). It keeps its planned start; its reasons become null. 404 for a proposal of another plan; 409 when it is no longer a draft or is theirs already. Audited as plan.review. Answers the plan.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id */
                    id: number;
                    /** @description proposal id */
                    pid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssignmentInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpi-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's key figure targets (analyst, admin, coordinator)
         * @description The marks the analyst's charts draw as lines; a figure without a target is null. 403 for anyone but the organisation's analyst, admin or coordinators.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KpiTargets"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        /**
         * Set the organisation's key figure targets (analyst, organisation admin)
         * @description Replaces all four targets (a member absent or null: no target for that figure). Shares from 0 to 1, kept to four decimals; cents_per_care_hour whole cents from 0 to 100000. 400 names the field; 403 for anyone but the organisation's analyst or admin. Audited (kpi_targets.update).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KpiTargetsInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KpiTargets"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/certificates/{code}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a certificate's verification, with a reason (organisation admin or coordinator)
         * @description The certificate is unverified again: the admission rule stops counting it at once. The reason is kept with the verification. Same permissions as verify; 409 when the certificate is not verified. An audit event (certificate.withdraw) and a live event to the caregiver (certificate.withdrawn).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                    /** @description certificate code */
                    code: "injection" | "catheter" | "tube-feeding" | "wound-care" | "medication";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                409: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/caregivers/{id}/evidence/{evidence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate's evidence document (the caregiver; care staff of their organisations)
         * @description The document's bytes as uploaded, with its media type, as an attachment (Content-Disposition) never cached. Only the caregiver themselves and admins and coordinators of organisations the caregiver works for; anyone else gets 404, as for a document that does not exist. Staff opening it is an audit event (certificate.evidence_read).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description caregiver id */
                    id: number;
                    /** @description evidence id */
                    evidence_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        /** @description attachment, with the file name as uploaded (filename*, RFC 8187) */
                        "Content-Disposition"?: string;
                        /** @description private, no-store */
                        "Cache-Control"?: string;
                        /** @description hex SHA-256 of the document, as recorded at upload and named by a verification */
                        "X-Evidence-SHA256"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/png": string;
                        "image/jpeg": string;
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                403: components["responses"]["Problem"];
                404: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of the given types published for me since my app last took one in (the bell)
         * @description What the bell missed while the app was closed: the events of the listed types that the caller may receive (the live events' one rule, see GET /v1/events) with ids after the cursor the caller's app last set with PUT /v1/my/notifications/seen, the newest 50, oldest first. Before the app first set a cursor, `seen_up_to` is null and nothing is listed (the bell starts from now). `latest_event_id` is the last event published when this was read: every event up to it was considered, so the app opens its event stream with Last-Event-ID set to it and misses nothing in between. Events are kept for 7 days; `more` says that more were missed than listed or that some are no longer kept. Works the same on every server process (the events and cursors are rows). 400 naming `types` for a type that is not of the shape `task.urgent` (lower-case letters, dots, underscores; at most 20 types of at most 40 characters).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the event types wanted, separated by commas (docs/api.md, Live events); absent: none */
                    types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MissedNotifications"];
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my/notifications/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * My app took in every event up to this id (never moves back)
         * @description Sets the caller's cursor for GET /v1/my/notifications: the app calls it after taking in missed events (with their `latest_event_id`) and after each live event its bell shows. The cursor is kept per user on the server and only moves forward (a device behind another leaves it where it is); the answer is the cursor kept. 400 naming `last_event_id` for an id below 0 or above the latest event published.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the id of the last event the app took in */
                        last_event_id: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the cursor kept */
                            seen_up_to: number;
                        };
                    };
                };
                400: components["responses"]["Problem"];
                401: components["responses"]["Problem"];
                413: components["responses"]["Problem"];
                429: components["responses"]["Problem"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @description the input field at fault */
            field?: string;
            /** @description the id of the object at fault */
            id?: string;
            reason?: string;
        };
        LoginRequest: {
            email: string;
            password: string;
        };
        Login: {
            token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @description seconds */
            expires_in: number;
            user: components["schemas"]["User"];
        };
        User: {
            id: number;
            email: string;
            name: string;
            /** @enum {string} */
            role: "platform_admin" | "org_admin" | "coordinator" | "caregiver" | "client" | "analyst" | "alarm_centre";
            organisation_id: number | null;
            caregiver_id: number | null;
            client_id: number | null;
        };
        UserInput: {
            email: string;
            name: string;
            password: string;
            /** @enum {string} */
            role: "org_admin" | "coordinator" | "analyst" | "client" | "alarm_centre";
            /** @description for a client or family account */
            client_id?: number;
        };
        Organisation: {
            id: number;
            name: string;
        };
        OrganisationInput: {
            name: string;
        };
        ClientInput: {
            name: string;
            address: string;
            /** @example 3511 AB */
            postcode: string;
            lat: number;
            lon: number;
            notes?: string;
        };
        Client: {
            id: number;
            organisation_id: number;
            name: string;
            address: string;
            /** @example 3511 AB */
            postcode: string;
            lat: number;
            lon: number;
            notes: string;
        };
        /** @description A line has rrule or weekly, and a window; or, for a contingent line, switch and neither. */
        CareTask: {
            key: string;
            type: string;
            /** @example FREQ=WEEKLY;BYDAY=MO,TH */
            rrule?: string;
            weekly?: {
                days: ("mo" | "tu" | "we" | "th" | "fr" | "sa" | "su")[];
                every_weeks?: number;
            };
            window?: {
                /** @example 07:30 */
                start: string;
                /** @example 09:00 */
                end: string;
            };
            duration_minutes: number;
            level?: number;
            certificates?: string[];
            /** @enum {string} */
            mode?: "physical" | "digital";
            /** @enum {integer} */
            staff?: 1 | 2;
            /** @description key of a task this one follows */
            after?: string;
            pay_cents?: number;
            /** @description a contingent line (blended care): instead of a rule and a window, the digital task it stands in for; a step of that task ending with one of these outcomes makes this line's physical visit, open and urgent, to start within within_minutes of the outcome (at most one per line and day) */
            switch?: {
                /** @description key of a digital task of this arrangement */
                from: string;
                /** @description missed: a video contact not answered (check-out outcome not_reached) or not held at all; out_of_range: a review of remote measurements checked out as out_of_range */
                on: ("missed" | "out_of_range")[];
                within_minutes: number;
            };
        };
        ArrangementInput: {
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_to?: string;
            tasks: components["schemas"]["CareTask"][];
        };
        Arrangement: {
            id: number;
            client_id: number;
            valid_from: string;
            valid_to: string | null;
            version: number;
            tasks: components["schemas"]["ArrangedCareTask"][];
            /** @description POST and PUT only: tasks materialised by this change */
            tasks_created?: number;
            /** @description PUT and DELETE only: claimed tasks the change leaves outside the arrangement, each with its conflict */
            conflicts?: components["schemas"]["Task"][];
        };
        /** @description a concrete task, as its organisation sees it */
        Task: {
            id: number;
            client_id: number;
            client_name: string;
            day: string;
            slot: number;
            window: {
                start: string;
                end: string;
            };
            duration_minutes: number;
            type: string;
            level: number;
            certificates: string[];
            /** @enum {string} */
            mode: "physical" | "digital";
            pay_cents: number;
            area: string;
            /** @enum {string} */
            status: "open" | "claimed" | "done" | "cancelled";
            caregiver_id: number | null;
            urgent: boolean;
            check_in: string | null;
            check_out: string | null;
            /** @description GET /v1/tasks and GET /v1/tasks/{id} only */
            at_risk?: boolean;
            /** @description in an arrangement change's conflicts only: why the task is left as it is */
            conflict?: string;
            /** @description GET /v1/tasks and GET /v1/tasks/{id} only. claimed: when the visit starts as the caregiver's day is walked in window order with travel (all their organisations' visits counted); checked in or done: the check-in; open or cancelled: null. YYYY-MM-DDTHH:MM */
            planned_start?: string | null;
            /** @description GET /v1/tasks and GET /v1/tasks/{id} only. minutes of travel from the caregiver's previous visit that day (rounded up; 0 after a digital visit or at the same place); null for the day's first visit and for open or cancelled tasks */
            travel_minutes?: number | null;
            /** @description the arrangement's care task it comes from; the tasks of one care task on one day (slots 0, 1) are one double-staffed visit */
            care_task_id: number;
            /** @description the client's location */
            lat: number;
            lon: number;
            /**
             * @description what came of a digital step, once known: done, not_reached (a video contact nobody answered), out_of_range (measurements reviewed out of range), missed (its time passed with nobody checked in: set by the platform); null for a physical visit and a step still to come
             * @enum {string|null}
             */
            outcome: "done" | "not_reached" | "out_of_range" | "missed" | null;
            /** @description the physical visit this step's outcome called for (a contingent line of the arrangement) */
            follow_up_task_id: number | null;
            /** @description GET /v1/tasks and GET /v1/tasks/{id} only: its window closed with nobody checked in (open, or claimed and never started); then it is not at risk */
            missed?: boolean;
            /** @description claimed: the start care staff chose by hand (POST /v1/tasks/{id}/assign with a start), which the caregiver's day keeps exactly; null when none (the day's walk decides). YYYY-MM-DDTHH:MM */
            fixed_start: string | null;
        };
        Board: {
            from: string;
            to: string;
            days: {
                day: string;
                open: number;
                claimed: number;
                done: number;
                at_risk: number;
                /** @description visits whose window closed with nobody checked in; not counted as open, claimed or at risk */
                missed: number;
            }[];
            at_risk: components["schemas"]["Task"][];
        };
        AuditEvent: {
            seq: number;
            at: string;
            event: string;
            client_id: number | null;
            user_id: number | null;
            user_name: string;
            role: string;
            acting_for: string;
            /** @description not in GET /v1/clients/{id}/access-log */
            source?: string;
            outcome: string;
            detail: string;
        };
        Object: {
            [key: string]: unknown;
        };
        PlanRequest: {
            /** @description YYYY-MM-DD */
            from: string;
            /** @description YYYY-MM-DD, at most 13 days after from */
            to: string;
            /**
             * @description review: store the proposals as drafts, seen by no caregiver, until POST /v1/plans/{id}/send
             * @enum {string}
             */
            mode: "offer" | "assign" | "review";
            /** @default 2 */
            time_limit_seconds: number;
            /**
             * @description plan only the visits of these days released from their caregiver (sick, absent, no-show) that are still open, warm-started from the days as held: every claimed visit stays with its caregiver; 409 when none is open
             * @default false
             */
            repair: boolean;
        };
        PlanSummary: {
            /** @description open tasks planned over */
            visits: number;
            planned: number;
            unplanned: {
                task_id: number;
                /** @enum {string} */
                reason: "no_qualified_caregiver" | "no_availability" | "caregivers_full" | "link_partner_unplanned" | "too_far" | "not_chosen";
                detail: string;
            }[];
            /** @description tasks the caregivers already hold, kept with them */
            claimed_visits: number;
            /** @description of those, how many did not fit their availability */
            claimed_unplanned: number;
            caregivers: number;
            caregiver_days: number;
            double_staffing_links: number;
            precedence_links: number;
            travel_minutes: number;
            seconds: number;
            /** @description what the run handed out when it was created or sent: pending, assigned and failed; a reviewed run not yet sent has draft only */
            proposals: {
                pending?: number;
                assigned?: number;
                failed?: number;
                /** @description mode review, until sent */
                draft?: number;
            };
            /** @description 1, or 2 when tasks planned past a caregiver's weekly hours were planned again without them */
            engine_runs: number;
            /** @description proposals that could not be assigned or offered, and why (the market's answer) */
            failures: {
                task_id: number;
                caregiver_id: number;
                reason: string;
            }[];
            /** @description a repair run (PlanRequest.repair); absent in runs stored before live repair */
            repair?: boolean;
            /** @description a repair: held visits the engine moved off their caregiver (0 unless one no longer fits); absent in runs stored before live repair */
            changed_assignments?: number;
        };
        Plan: {
            id: number;
            organisation_id: number;
            from: string;
            to: string;
            /**
             * @description the mode the run was created with; hand: one task offered to chosen caregivers (POST /v1/tasks/{id}/offers)
             * @enum {string}
             */
            mode: "offer" | "assign" | "review" | "hand";
            created_by: number;
            created_at: string;
            /**
             * @description a reviewed run: how it was sent; null until sent (and for offer/assign runs)
             * @enum {string|null}
             */
            sent_mode: "offer" | "assign" | null;
            /** @description a reviewed run: when it was sent, YYYY-MM-DDTHH:MM */
            sent_at: string | null;
            summary: components["schemas"]["PlanSummary"];
            counts: components["schemas"]["ProposalCounts"];
            proposals: {
                id: number;
                task: {
                    id: number;
                    day: string;
                    type: string;
                    window: {
                        start: string;
                        end: string;
                    };
                    duration_minutes: number;
                    client_id: number;
                    client_name: string;
                };
                caregiver: {
                    id: number;
                    name: string;
                };
                planned_start: string;
                /** @description null for a draft (set when sent) or discarded proposal */
                deadline: string | null;
                /** @enum {string} */
                status: "draft" | "pending" | "accepted" | "declined" | "assigned" | "failed" | "superseded" | "expired" | "discarded";
                /** @description why the planning engine chose this caregiver; null when no engine did (a draft given to another caregiver by hand, an offer made by hand, a run stored before reasons were kept) */
                reasons: {
                    /** @description the travel the visit adds to the caregiver's route: to it from the stop before and on to the stop after, less the direct way */
                    added_travel_minutes: number;
                    /** @description minutes it starts after its due time (0: on time) */
                    late_minutes: number;
                    /** @description the client already knows the caregiver (continuity) */
                    known_client: boolean;
                } | null;
            }[];
        };
        /** @description a proposal as its caregiver sees it: no client name or address */
        CaregiverProposal: {
            id: number;
            plan_id: number;
            planned_start: string;
            deadline: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "assigned" | "failed" | "superseded" | "expired";
            task: {
                id: number;
                day: string;
                type: string;
                window: {
                    start: string;
                    end: string;
                };
                duration_minutes: number;
                level: number;
                certificates: string[];
                /** @enum {string} */
                mode: "physical" | "digital";
                pay_cents: number;
                area: string;
            };
            organisation: {
                id: number;
                name: string;
            };
        };
        CaregiverRegistration: {
            /** @description the login; stored in lower case */
            email: string;
            password: string;
            name: string;
            /** @description care level 1..6; 0 for (and only for) a volunteer */
            level: number;
            /** @enum {string} */
            kind: "employee" | "freelancer" | "volunteer";
            /** @description home address as coordinates (in the Netherlands); travel to tasks is counted from here */
            home: {
                lat: number;
                lon: number;
            };
            /** @enum {string} */
            travel_mode: "walk" | "bike" | "ebike" | "car";
            max_hours_week: number;
            hourly_rate_cents: number;
        };
        /** @description fields absent keep their value; the result must still be consistent (a volunteer has level 0, everyone else 1..6) */
        CaregiverUpdate: {
            name?: string;
            /** @description care level 1..6; 0 for (and only for) a volunteer */
            level?: number;
            /** @enum {string} */
            kind?: "employee" | "freelancer" | "volunteer";
            /** @description home address as coordinates (in the Netherlands); travel to tasks is counted from here */
            home?: {
                lat: number;
                lon: number;
            };
            /** @enum {string} */
            travel_mode?: "walk" | "bike" | "ebike" | "car";
            max_hours_week?: number;
            hourly_rate_cents?: number;
        };
        Certificate: {
            /** @enum {string} */
            code: "injection" | "catheter" | "tube-feeding" | "wound-care" | "medication";
            /**
             * Format: date
             * @description last day on which it is valid
             */
            expires: string;
            verified: boolean;
            /** @description verified and not expired today */
            valid: boolean;
            /** @description id of the organisation that verified it */
            verified_by: number | null;
            /** @example 2025-03-10T14:05 */
            verified_at: string | null;
            big_number: string | null;
            duo_reference: string | null;
            evidence: components["schemas"]["Evidence"] | null;
            verification: components["schemas"]["CertificateVerification"] | null;
        };
        CertificateInput: {
            /** @enum {string} */
            code: "injection" | "catheter" | "tube-feeding" | "wound-care" | "medication";
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the past
             */
            expires: string;
            /**
             * @description the BIG register's number (11 digits), for the professions of the Wet BIG
             * @example 19012345601
             */
            big_number?: string | null;
            /**
             * @description the diploma register's (DUO) reference
             * @example DUO-2019-4471
             */
            duo_reference?: string | null;
            evidence?: components["schemas"]["EvidenceUpload"];
        };
        /** @description a caregiver's whole profile, as the caregiver themselves sees it */
        Caregiver: {
            id: number;
            /** @description the new login's user id; only in the answer to POST /v1/caregivers */
            user_id?: number;
            email: string | null;
            name: string;
            level: number;
            /** @enum {string} */
            kind: "employee" | "freelancer" | "volunteer";
            home: {
                lat: number;
                lon: number;
            };
            /** @enum {string} */
            travel_mode: "walk" | "bike" | "ebike" | "car";
            max_hours_week: number;
            hourly_rate_cents: number;
            certificates: components["schemas"]["Certificate"][];
            organisations: {
                id: number;
                name: string;
                employed: boolean;
            }[];
        };
        /** @description a caregiver as an organisation they work for sees them: no home, email or rates */
        CaregiverSummary: {
            id: number;
            name: string;
            level: number;
            /** @enum {string} */
            kind: "employee" | "freelancer" | "volunteer";
            /** @description employed by the organisation asking */
            employed: boolean;
            certificates: components["schemas"]["Certificate"][];
            /** @description the caregiver's home rounded to about 200 m (0.002°): where their routes start and end on the map, without the door */
            home_near: {
                lat: number;
                lon: number;
            };
        };
        /** @description when the caregiver can work */
        Availability: {
            /** @description weekly hours */
            recurring: {
                /** @enum {string} */
                weekday: "mo" | "tu" | "we" | "th" | "fr" | "sa" | "su";
                /** @example 08:00 */
                from: string;
                /**
                 * @description after from, same day
                 * @example 12:30
                 */
                to: string;
            }[];
            /** @description a day's exception: extra hours (available true) or an absence (available false) */
            one_off: {
                /** Format: date */
                date: string;
                /** @example 08:00 */
                from: string;
                /**
                 * @description after from, same day
                 * @example 12:30
                 */
                to: string;
                /** @default true */
                available: boolean;
            }[];
        };
        OrganisationMembership: {
            organisation_id: number;
        };
        Employment: {
            employed: boolean;
        };
        /** @description when the visit may start (local time) */
        Window: {
            /** @example 2025-03-10T07:30 */
            start: string;
            /** @example 2025-03-10T09:00 */
            end: string;
        };
        /** @description an open task in the feed: never the client's name or address */
        FeedTask: {
            /** @description task id, to claim */
            id: number;
            type: string;
            /** @enum {string} */
            mode: "physical" | "digital";
            window: components["schemas"]["Window"];
            duration_minutes: number;
            /** @description the level (niveau) the task asks for; the feed lists only tasks at or below the caregiver's */
            level: number;
            /** @description the certificates the task asks for (codes of GET /v1/certificates); the caregiver holds each */
            certificates: string[];
            pay_cents: number;
            /**
             * @description the client's 4-digit postcode area
             * @example 3511
             */
            area: string;
            /** @description where to centre a map of the task: the grid cell holding the client's home, 0.01° of latitude by 0.015° of longitude (about 1 km each way), the same for every home in it; never the address */
            area_bounds: {
                south: number;
                west: number;
                north: number;
                east: number;
            };
            /** @description straight line from home, rounded to 100 m; null for a digital task */
            distance_metres: number | null;
            /** @description travel the task adds to the caregiver's day */
            extra_travel_minutes: number;
            /** @description given back by another caregiver */
            urgent: boolean;
            /** @description the caregiver cared for this client in the last 90 days */
            continuity: boolean;
            /** @description a visit for two caregivers; offered once */
            double_staffed: boolean;
            /** @description whose task it is */
            organisation: {
                id: number;
                name: string;
            };
        };
        Feed: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            items: components["schemas"]["FeedTask"][];
            /** @description how many tasks were ranked (of at most the 150 earliest candidates); 0 when there was nothing to judge (no organisation, no availability or no candidates) */
            total: number;
            /** @description page: pass as ?after= for the next page (a count of ranked items, not an id); absent on the last page */
            next_after?: number;
        };
        /** @description a task as the caregiver holding it sees it */
        HeldTask: {
            /** @description YYYY-MM-DDTHH:MM: the caregiver may release the task until then (the notice period); later only the coordinator can take it back */
            release_until: string;
            id: number;
            /** Format: date */
            day: string;
            window: components["schemas"]["Window"];
            duration_minutes: number;
            type: string;
            /** @enum {string} */
            mode: "physical" | "digital";
            pay_cents: number;
            area: string;
            /** @enum {string} */
            status: "claimed" | "done";
            urgent: boolean;
            double_staffed: boolean;
            check_in: string | null;
            check_out: string | null;
            /** @description privacy window: client details are shown from window start minus the privacy margin... */
            details_visible_from: string;
            /** @description ...until window end plus duration plus the margin */
            details_visible_until: string;
            /** @description only in GET /v1/my/tasks and only inside the privacy window (each such view is audited); null otherwise */
            client: {
                name: string;
                address: string;
                postcode: string;
                notes: string;
                lat: number;
                lon: number;
            } | null;
            /** @description whose task it is */
            organisation: {
                id: number;
                name: string;
            };
            /** @description GET /v1/my/tasks only. claimed: when the visit starts as the caregiver's day is walked in window order with travel (all their organisations' visits counted); checked in or done: the check-in; open or cancelled: null. YYYY-MM-DDTHH:MM */
            planned_start?: string | null;
            /** @description GET /v1/my/tasks only. minutes of travel from the caregiver's previous visit that day (rounded up; 0 after a digital visit or at the same place); null for the day's first visit and for open or cancelled tasks */
            travel_minutes?: number | null;
        };
        ReleasedTask: {
            id: number;
            /** @enum {string} */
            status: "open";
            /** @enum {boolean} */
            urgent: true;
        };
        CheckInput: {
            /**
             * @description YYYY-MM-DDTHH:MM, default now; not in the future
             * @example 2025-03-10T07:42
             */
            at?: string;
            /**
             * @description check-out of a digital step only (a physical visit ends done; check-in takes none): what came of it, default done. not_reached and out_of_range may call for a physical visit (a contingent line of the arrangement)
             * @enum {string}
             */
            outcome?: "done" | "not_reached" | "out_of_range";
        };
        MyTasks: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            items: components["schemas"]["HeldTask"][];
        };
        /** @description a visit as its client sees it */
        Visit: {
            id: number;
            window: components["schemas"]["Window"];
            duration_minutes: number;
            type: string;
            /** @enum {string} */
            mode: "physical" | "digital";
            digital: boolean;
            /** @enum {string} */
            status: "open" | "claimed" | "done";
            double_staffed: boolean;
            /** @description first name of who is coming; null while nobody holds the task */
            caregiver: string | null;
            /** @description when the caregiver checked in (visits done) */
            check_in: string | null;
            /** @description when the caregiver checked out (visits done) */
            check_out: string | null;
        };
        InvoiceTotals: {
            tasks?: number;
            /** @description minutes worked: check-out minus check-in */
            minutes?: number;
            /** @description minutes / 60, two decimals, for display */
            hours?: number;
            amount_cents?: number;
        };
        /** @description billable tasks (done, with check-in and check-out) on days of the month, per organisation */
        CaregiverInvoice: {
            caregiver_id?: number;
            caregiver_name?: string;
            /** @example 2025-03 */
            month?: string;
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
            organisations?: {
                organisation_id?: number;
                organisation_name?: string;
                tasks?: number;
                /** @description minutes worked: check-out minus check-in */
                minutes?: number;
                /** @description minutes / 60, two decimals, for display */
                hours?: number;
                amount_cents?: number;
                lines?: {
                    task_id?: number;
                    /** Format: date */
                    date?: string;
                    type?: string;
                    area?: string;
                    check_in?: string;
                    check_out?: string;
                    minutes?: number;
                    /** @description the task's pay_cents */
                    amount_cents?: number;
                    /** @description amount * 60 / minutes, rounded; null when no minute was worked */
                    hourly_equivalent_cents?: number | null;
                }[];
            }[];
            totals?: components["schemas"]["InvoiceTotals"];
        };
        /** @description billable tasks of the month per caregiver */
        OrganisationInvoices: {
            organisation_id?: number;
            organisation_name?: string;
            /** @example 2025-03 */
            month?: string;
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
            caregivers?: {
                caregiver_id?: number;
                name?: string;
                /** @enum {string} */
                kind?: "employee" | "freelancer" | "volunteer";
                tasks?: number;
                /** @description minutes worked: check-out minus check-in */
                minutes?: number;
                /** @description minutes / 60, two decimals, for display */
                hours?: number;
                amount_cents?: number;
            }[];
            totals?: components["schemas"]["InvoiceTotals"];
        };
        /** @description aggregates only: no client or caregiver is named */
        Kpis: {
            organisation_id: number;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description a check-in this much before or after the window still counts as in window */
            grace_minutes: number;
            coverage: {
                /** @description tasks not cancelled whose window opened before now */
                due: number;
                /** @description due, done, and checked in in window */
                covered: number;
                /** @description covered / due; four decimals, null over nothing */
                rate: number | null;
            };
            punctuality: {
                check_ins: number;
                in_window: number;
                /** @description in_window / check_ins; four decimals, null over nothing */
                rate: number | null;
                /** @description mean minutes checked in after the window end (0 when not late); one decimal */
                mean_minutes_late: number | null;
            };
            continuity: {
                /** @description clients with a claimed or done task in the range */
                clients: number;
                mean_caregivers_per_client: number | null;
                distribution: {
                    caregivers: number;
                    clients: number;
                }[];
            };
            travel: {
                /** @description one decimal */
                travel_minutes: number;
                care_minutes: number;
                /** @description travel / (travel + care); four decimals, null over nothing */
                share: number | null;
            };
            cost: {
                pay_cents: number;
                care_hours: number;
                cents_per_care_hour: number | null;
            };
            days: components["schemas"]["KpiDay"][];
            alarms: components["schemas"]["AlarmFigures"];
            /** @description live repair: the visits of the range's days released from their caregiver while the day ran (sick, absent, no-show), and what became of them */
            repairs: {
                released: number;
                /** @description claimed again before the window opened */
                retaken_in_time: number;
                /** @description claimed again after the window opened */
                retaken_late: number;
                /** @description still open once the window opened */
                missed: number;
                /** @description still open, the window ahead */
                open: number;
                by_cause: {
                    sick: components["schemas"]["RepairFigures"];
                    absent: components["schemas"]["RepairFigures"];
                    no_show: components["schemas"]["RepairFigures"];
                    alarm: components["schemas"]["RepairFigures"];
                };
            };
            /** @description every kind (employee, freelancer, volunteer), then the due tasks nobody held */
            by_caregiver_kind: components["schemas"]["KpiKindSplit"][];
            /** @description the areas with tasks in the range, in order */
            by_area: components["schemas"]["KpiAreaSplit"][];
        };
        KpiDay: {
            /** Format: date */
            day: string;
            due: number;
            covered: number;
            /** @description covered / due; four decimals, null over nothing */
            coverage: number | null;
            check_ins: number;
            in_window: number;
            /** @description in_window / check_ins; four decimals, null over nothing */
            punctuality: number | null;
            done: number;
            care_minutes: number;
            travel_minutes: number;
            /** @description travel / (travel + care); four decimals, null over nothing */
            travel_share: number | null;
            pay_cents: number;
            /** @description alarms received that day */
            alarms: number;
            /** @description of those, resolved without a caregiver accepting */
            alarms_resolved_remotely: number;
            /** @description minutes from receipt within which 90% of that day's arrivals on site came (nearest rank); null without arrivals */
            alarm_arrival_p90: number | null;
        };
        /** @description a run's proposals by status (every status named, 0 when none); expired: pending past its deadline */
        ProposalCounts: {
            draft: number;
            pending: number;
            expired: number;
            accepted: number;
            declined: number;
            assigned: number;
            failed: number;
            superseded: number;
            discarded: number;
        };
        /** @description a plan run in the organisation's list (no proposals, no client data) */
        PlanRun: {
            id: number;
            from: string;
            to: string;
            /** @enum {string} */
            mode: "offer" | "assign" | "review";
            created_by: number;
            created_at: string;
            /** @enum {string|null} */
            sent_mode: "offer" | "assign" | null;
            sent_at: string | null;
            /** @description open tasks planned over */
            visits: number;
            /** @description proposals made */
            planned: number;
            counts: components["schemas"]["ProposalCounts"];
        };
        PlanSend: {
            /** @enum {string} */
            mode: "offer" | "assign";
        };
        /** @description what getting one certificate would unlock: aggregates only, never a task or a client */
        CertificateProspect: {
            /** @description a certificate code of the catalog */
            code: string;
            /**
             * @description what the caregiver has of it now
             * @enum {string}
             */
            held: "none" | "unverified" | "expired";
            /** @description open visits that need it and no other certificate the caregiver lacks (a double-staffed visit counts once) */
            tasks: number;
            /** @description their durations summed */
            minutes: number;
            /** @description minutes / 60, one decimal */
            hours: number;
            /** @description their pay summed */
            pay_cents: number;
            /** @description the same figures per week on average over the days counted (x 7 / days) */
            per_week: {
                /** @description per week: one decimal */
                tasks: number;
                /** @description one decimal */
                hours: number;
                pay_cents: number;
            };
        };
        CertificateProspects: {
            /** @description today, YYYY-MM-DD */
            from: string;
            /** @description the horizon's last day (tasks exist up to it) */
            to: string;
            days: number;
            /** @description the feed's radius around home; digital tasks count wherever they are */
            radius_metres: number;
            /** @description one per catalog certificate not held verified and valid today (also with 0 tasks), most hours first, then by code */
            items: components["schemas"]["CertificateProspect"][];
        };
        /** @description the logged-in user, with the platform's clock */
        Me: components["schemas"]["User"] & {
            /** @description the platform's local civil time, YYYY-MM-DDTHH:MM */
            now: string;
        };
        /** @description a care task as the arrangement holds it: the schedule always as an RRULE, every default filled in */
        ArrangedCareTask: {
            id: number;
            key: string;
            type: string;
            /**
             * @description a weekly pattern is stored as its RRULE; null for a contingent line
             * @example FREQ=WEEKLY;BYDAY=MO,TH
             */
            rrule: string | null;
            window: {
                /** @example 07:30 */
                start: string;
                /** @example 09:00 */
                end: string;
            } | null;
            duration_minutes: number;
            level: number;
            certificates: string[];
            /** @enum {string} */
            mode: "physical" | "digital";
            /** @enum {integer} */
            staff: 1 | 2;
            /** @description key of a task this one follows; null when none */
            after: string | null;
            pay_cents: number;
            /** @description null for a line with a rule; else the contingent line's switch (see CareTask) */
            switch: {
                /** @description key of a digital task of this arrangement */
                from: string;
                /** @description missed: a video contact not answered (check-out outcome not_reached) or not held at all; out_of_range: a review of remote measurements checked out as out_of_range */
                on: ("missed" | "out_of_range")[];
                within_minutes: number;
            } | null;
        };
        /** @description when the caregiver can work; a PUT replaces the whole set (a list left out is emptied) */
        AvailabilityInput: {
            /** @description weekly hours */
            recurring?: {
                /** @enum {string} */
                weekday: "mo" | "tu" | "we" | "th" | "fr" | "sa" | "su";
                /** @example 08:00 */
                from: string;
                /**
                 * @description after from, same day
                 * @example 12:30
                 */
                to: string;
            }[];
            /** @description a day's exception: extra hours (available true) or an absence (available false) */
            one_off?: {
                /** Format: date */
                date: string;
                /** @example 08:00 */
                from: string;
                /**
                 * @description after from, same day
                 * @example 12:30
                 */
                to: string;
                /** @default true */
                available: boolean;
            }[];
        };
        CertificateType: {
            /** @description as care tasks and certificates name it, e.g. injection */
            code: string;
            /** @description the Dutch name, e.g. Injecteren */
            name: string;
            /** @description the English name */
            name_en: string;
            /** @description a reserved procedure under the Wet BIG (art. 36): also needs an order from a doctor */
            reserved: boolean;
            /** @description how long a certificate counts before it must be renewed */
            valid_months: number;
            /** @description what it covers, in Dutch */
            description: string;
        };
        CertificateCatalogue: {
            items: components["schemas"]["CertificateType"][];
        };
        /** @description One alarm from an alarm receiving centre or device gateway, or entered by care staff. client_id or device_id (or both, agreeing) is required. */
        AlarmInput: {
            client_id?: number;
            device_id?: number;
            /** @enum {string} */
            kind: "fall" | "button" | "no-activity" | "vital-out-of-range" | "carer-non-arrival" | "technical";
            /** @enum {string} */
            priority: "high" | "medium" | "low";
            /**
             * @description local time YYYY-MM-DDTHH:MM; not in the future
             * @example 2030-03-04T08:12
             */
            observed_at: string;
            /** @description measured values by name, at most 32 */
            observations?: {
                [key: string]: number;
            };
            /** @description the sender's id of the alarm (1..200 bytes): the same source id again answers the first alarm */
            source_id: string;
        };
        AlarmOffer: {
            caregiver_id: number;
            /** @enum {string} */
            status: "offered" | "accepted" | "declined" | "expired" | "withdrawn";
            round: number;
            /** @description predicted minutes to arrive */
            predicted_minutes: number;
            /** @description as the crow flies, rounded to 100 m */
            distance_metres: number;
            offered_at: string;
            answered_at: string | null;
        };
        AlarmStep: {
            at: string;
            event: string;
            /** @enum {string} */
            status: "created" | "triaged" | "remote_check" | "dispatching" | "accepted" | "on_site" | "resolved" | "escalated";
            /** @description role:user id, caregiver:id, or platform for a timer */
            actor: string;
            reason: string;
            /**
             * @description how far the alarm was escalated after the step; null when not escalated
             * @enum {string|null}
             */
            escalation: "coordinator" | "advise_112" | null;
        };
        /** @description Only for care staff and the caregiver who accepted the open alarm; every such read is audited (alarm.read). */
        AlarmClient: {
            id: number;
            name: string;
            address: string;
            postcode: string;
            access_instructions: string;
            lat: number;
            lon: number;
        };
        /** @description A caregiver asked sees only id, kind, priority, status, area, observed_at, created_at and their own offer; care staff and the alarm centre see the rest; client and observations only care staff, the caregiver who accepted the open alarm and an informal contact asked (who sees their own request in contacts and no offers). */
        Alarm: {
            id: number;
            /** @enum {string} */
            kind: "fall" | "button" | "no-activity" | "vital-out-of-range" | "carer-non-arrival" | "technical";
            /** @enum {string} */
            priority: "high" | "medium" | "low";
            /** @enum {string} */
            status: "created" | "triaged" | "remote_check" | "informal_contacts" | "dispatching" | "accepted" | "on_site" | "resolved" | "escalated";
            /** @description the client's 4-digit postcode area */
            area: string;
            observed_at: string;
            created_at: string;
            offers: components["schemas"]["AlarmOffer"][];
            /** @enum {string|null} */
            escalation?: "coordinator" | "advise_112" | null;
            client_id?: number;
            device_id?: number | null;
            source_id?: string;
            policy_version?: number;
            round?: number;
            /** @description when the running timer runs out */
            due_at?: string | null;
            caregiver_id?: number | null;
            /** @description the visit a carer-non-arrival alarm raised by the platform is about */
            task_id?: number | null;
            timeline?: components["schemas"]["AlarmStep"][];
            client?: components["schemas"]["AlarmClient"];
            observations?: {
                [key: string]: number;
            };
            /** @description the informal contact who accepted it (an alarm is held by a caregiver or an informal contact) */
            contact_user_id?: number | null;
            /** @description the client's informal contacts asked, in order (care staff: all; an informal contact: their own) */
            contacts?: components["schemas"]["AlarmContactRequest"][];
        };
        AlarmNote: {
            /** @description 1..500 bytes, one line */
            reason: string;
            /**
             * @description what came of it (resolve): a remote check's false-alarm, resolved-remotely or needs-visit (caregivers are sent); on site resolved-on-site, referred or false-alarm; required when the policy's outcome_required
             * @enum {string}
             */
            outcome?: "false-alarm" | "resolved-remotely" | "needs-visit" | "resolved-on-site" | "referred";
        };
        AlarmPolicy: {
            /** @description 0: the platform's default; ignored on PUT */
            version: number;
            /** @description kind -> priority -> first step */
            first_step: {
                [key: string]: {
                    [key: string]: "remote_check" | "informal_contacts" | "dispatch";
                };
            };
            /** @description 1..1440 */
            remote_check_minutes: number;
            /** @description 1..50 */
            offers_per_round: number;
            /** @description 1..1440 */
            offer_minutes: number;
            /** @description 1..20 */
            max_rounds: number;
            /** @description 1..1440 */
            coordinator_minutes: number;
            /** @description 1..1440 */
            arrival_minutes: number;
            /** @description 0..6 */
            response_level: number;
            /** @description 1..1440 */
            on_site_minutes: number;
            /** @description 100..100000 */
            radius_metres: number;
            /** @description every resolve names its outcome */
            outcome_required: boolean;
            /**
             * @description where a remote check that fails leads
             * @enum {string}
             */
            after_remote_check: "informal_contacts" | "dispatch";
            /** @description 1..1440: an informal contact's time to accept */
            contact_minutes: number;
            /** @description 1..1440: accepted by an informal contact but not on site: caregivers are sent */
            contact_arrival_minutes: number;
        };
        /** @description first_step lists the pairs to change from the default */
        AlarmPolicyInput: {
            /** @description 0: the platform's default; ignored on PUT */
            version?: number;
            /** @description kind -> priority -> first step */
            first_step?: {
                [key: string]: {
                    [key: string]: "remote_check" | "informal_contacts" | "dispatch";
                };
            };
            /** @description 1..1440 */
            remote_check_minutes: number;
            /** @description 1..50 */
            offers_per_round: number;
            /** @description 1..1440 */
            offer_minutes: number;
            /** @description 1..20 */
            max_rounds: number;
            /** @description 1..1440 */
            coordinator_minutes: number;
            /** @description 1..1440 */
            arrival_minutes: number;
            /** @description 0..6 */
            response_level: number;
            /** @description 1..1440 */
            on_site_minutes: number;
            /** @description 100..100000 */
            radius_metres: number;
            /** @description every resolve names its outcome (default false) */
            outcome_required?: boolean;
            /**
             * @description where a remote check that fails leads (default informal_contacts)
             * @enum {string}
             */
            after_remote_check?: "informal_contacts" | "dispatch";
            /** @description 1..1440: an informal contact's time to accept (default 3) */
            contact_minutes?: number;
            /** @description 1..1440: accepted by an informal contact but not on site: caregivers are sent (default 30) */
            contact_arrival_minutes?: number;
        };
        DeviceInput: {
            /** @enum {string} */
            kind: "fall-detector" | "alarm-button" | "bed-sensor" | "door-sensor" | "activity-sensor" | "vital-sign-meter";
            label: string;
        };
        Device: {
            id: number;
            client_id: number;
            /** @enum {string} */
            kind: "fall-detector" | "alarm-button" | "bed-sensor" | "door-sensor" | "activity-sensor" | "vital-sign-meter";
            label: string;
        };
        AccessInstructions: {
            /** @description 0..500 bytes, one line; "" removes them */
            instructions: string;
        };
        /** @description An alarm as the client and their family see it: that it is being handled, and by whom; for an informal contact, what they were asked. */
        FamilyAlarm: {
            id: number;
            /** @enum {string} */
            kind: "fall" | "button" | "no-activity" | "vital-out-of-range" | "carer-non-arrival" | "technical";
            /** @enum {string} */
            status: "created" | "triaged" | "remote_check" | "informal_contacts" | "dispatching" | "accepted" | "on_site" | "resolved" | "escalated";
            created_at: string;
            /** @description of the caregiver who accepted it */
            caregiver_first_name: string | null;
            /** @description of the informal contact who accepted it */
            contact_first_name: string | null;
            /** @description the reader is the informal contact who holds it (on the way or on site) */
            mine: boolean;
            /**
             * @description the reader is an informal contact asked about this alarm: their request's status
             * @enum {string|null}
             */
            my_request: "offered" | "accepted" | "declined" | "expired" | "withdrawn" | null;
            /** @description while the reader's request is open: until when they may accept */
            answer_by: string | null;
        };
        AlarmCentreKeyInput: {
            /** @description whose key, 1..200 bytes */
            label: string;
        };
        AlarmCentreKey: {
            /** @description revokes it */
            id: number;
            label: string;
            /** @description the bearer token, shown this once */
            key: string;
            expires_in_days: number;
        };
        ClientAlarmSteps: {
            /** @description kind -> priority -> first step, for the pairs the client has their own */
            first_step: {
                [key: string]: {
                    [key: string]: "remote_check" | "informal_contacts" | "dispatch";
                };
            };
        };
        /** @description minutes from an alarm's receipt to a step, over the alarms that reached it */
        AlarmResponseTimes: {
            /** @description alarms that reached the step */
            alarms: number;
            /** @description minutes from receipt within which 50% of them reached it (nearest rank); null over none */
            p50: number | null;
            /** @description minutes from receipt within which 90% of them reached it (nearest rank); null over none */
            p90: number | null;
            /** @description minutes from receipt within which 95% of them reached it (nearest rank); null over none */
            p95: number | null;
            /** @description share of them that reached it within 15 minutes; four decimals, null over none */
            share_within_15: number | null;
            /** @description share of them that reached it within 30 minutes; four decimals, null over none */
            share_within_30: number | null;
            /** @description share of them that reached it within 45 minutes; four decimals, null over none */
            share_within_45: number | null;
            /** @description share of them that reached it within 60 minutes; four decimals, null over none */
            share_within_60: number | null;
        };
        /** @description the organisation's alarms received in the range, counted from their rows and timelines (docs/api.md, Alarms: key figures) */
        AlarmFigures: {
            received: number;
            by_kind: {
                fall: number;
                button: number;
                "no-activity": number;
                "vital-out-of-range": number;
                "carer-non-arrival": number;
                technical: number;
            };
            /** @description resolved by now */
            resolved: number;
            /** @description resolved without a caregiver ever accepting them */
            resolved_remotely: number;
            /** @description resolved_remotely / resolved; four decimals, null over none */
            remote_share: number | null;
            /** @description escalated to the coordinator on call at some step */
            escalated_to_coordinator: number;
            /** @description the platform advised 112 at some step */
            advised_112: number;
            first_contact: components["schemas"]["AlarmResponseTimes"];
            acceptance: components["schemas"]["AlarmResponseTimes"];
            arrival: components["schemas"]["AlarmResponseTimes"];
        };
        /** @description one step of a client's care journey: a digital step or a physical visit */
        JourneyStep: {
            task_id: number;
            day: string;
            window: components["schemas"]["Window"];
            duration_minutes: number;
            type: string;
            /** @enum {string} */
            mode: "physical" | "digital";
            /** @enum {string} */
            status: "open" | "claimed" | "done";
            urgent: boolean;
            /**
             * @description what came of a digital step, once known: done, not_reached (a video contact nobody answered), out_of_range (measurements reviewed out of range), missed (its time passed with nobody checked in: set by the platform); null for a physical visit and a step still to come
             * @enum {string|null}
             */
            outcome: "done" | "not_reached" | "out_of_range" | "missed" | null;
            /** @description who holds it: the name for care staff, the first name for the client and family */
            caregiver: string | null;
            check_in: string | null;
            check_out: string | null;
            /** @description the physical visit this step's outcome called for */
            follow_up_task_id: number | null;
            /** @description the steps whose outcome called for this visit */
            stands_in_for: number[];
        };
        Journey: {
            client_id: number;
            from: string;
            to: string;
            steps: components["schemas"]["JourneyStep"][];
        };
        AbsenceReport: {
            /** @enum {string} */
            cause: "sick" | "absent";
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the past; default today (without from and to: from now to the end of today)
             */
            from?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, default from; at most 13 days after from
             */
            to?: string;
        };
        /** @description what an absence or a no-show gave back to the market; no client data */
        Absence: {
            caregiver_id: number;
            /** @enum {string} */
            cause: "sick" | "absent" | "no_show";
            /** @description local time: the period taken (a no-show: the visit's window) */
            from: string;
            /** @description local time, exclusive */
            until: string;
            /** @description the visits taken back into the market, open and urgent, by window start */
            released: {
                task_id: number;
                /** Format: date */
                day: string;
                window: components["schemas"]["Window"];
                duration_minutes: number;
                type: string;
                /** @description the 4-digit postcode area */
                area: string;
            }[];
        };
        RepairFigures: {
            released: number;
            /** @description claimed again before the window opened */
            retaken_in_time: number;
            /** @description claimed again after the window opened */
            retaken_late: number;
            /** @description still open once the window opened */
            missed: number;
            /** @description still open, the window ahead */
            open: number;
        };
        FhirCoding: {
            system?: string;
            code?: string;
            display?: string;
        };
        FhirCodeableConcept: {
            coding?: components["schemas"]["FhirCoding"][];
            text?: string;
        };
        FhirReference: {
            /**
             * @description Patient/<client id> or Device/<device id>
             * @example Patient/12
             */
            reference: string;
        };
        FhirQuantity: {
            value: number;
            unit?: string;
            system?: string;
            code?: string;
        };
        /** @description A FHIR R4 Observation read as an alarm (docs/api.md, Alarms, FHIR): identifier[0].value is the source id, subject a Patient (client) or Device, the first code.coding naming a kind is the kind, interpretation the priority (HH, LL, AA high; H, L, A medium; N low), effectiveDateTime when it was observed, valueQuantity and component[] the observations. Other members are not read. */
        FhirObservationAlarm: {
            /** @enum {string} */
            resourceType: "Observation";
            identifier: {
                system?: string;
                /** @description the first identifier's value is the alarm's source id */
                value?: string;
            }[];
            subject?: components["schemas"]["FhirReference"];
            device?: components["schemas"]["FhirReference"];
            code: components["schemas"]["FhirCodeableConcept"];
            interpretation: components["schemas"]["FhirCodeableConcept"][];
            /** @example 2030-03-04T08:12:00+01:00 */
            effectiveDateTime: string;
            valueQuantity?: components["schemas"]["FhirQuantity"];
            component?: {
                code: components["schemas"]["FhirCodeableConcept"];
                valueQuantity: components["schemas"]["FhirQuantity"];
            }[];
        };
        /** @description A FHIR DeviceAlert read as an alarm (docs/api.md, Alarms, FHIR): identifier[0].value is the source id, subject a Patient (client) or Device, source a Device, the first condition.coding naming a kind is the kind, priority high, medium, low or info (low), occurrenceDateTime when it was observed. Other members are not read. */
        FhirDeviceAlertAlarm: {
            /** @enum {string} */
            resourceType: "DeviceAlert";
            identifier: {
                system?: string;
                /** @description the first identifier's value is the alarm's source id */
                value?: string;
            }[];
            subject?: components["schemas"]["FhirReference"];
            source?: components["schemas"]["FhirReference"];
            condition: components["schemas"]["FhirCodeableConcept"];
            /** @enum {string} */
            priority: "high" | "medium" | "low" | "info";
            /** @example 2030-03-04T07:12:00Z */
            occurrenceDateTime: string;
        };
        /** @description A caregiver (caregiver_id) or a coordinator (coordinator_id, their user id) on call for the organisation's alarms; exactly one of the two. 15 minutes to 7 days, ending in the future. */
        OnCallShiftInput: {
            caregiver_id?: number;
            coordinator_id?: number;
            /**
             * @description local time YYYY-MM-DDTHH:MM
             * @example 2030-03-04T18:00
             */
            starts_at: string;
            /**
             * @description local time YYYY-MM-DDTHH:MM, exclusive
             * @example 2030-03-05T08:00
             */
            ends_at: string;
        };
        OnCallShift: {
            id: number;
            organisation_id: number;
            caregiver_id: number | null;
            coordinator_id: number | null;
            /** @description the caregiver's or coordinator's name */
            name: string;
            starts_at: string;
            ends_at: string;
        };
        /** @description An alarm put to one of the client's informal contacts. */
        AlarmContactRequest: {
            user_id: number;
            name: string;
            /** @description their place in the client's order when asked (1: first) */
            position: number;
            /** @enum {string} */
            status: "offered" | "accepted" | "declined" | "expired" | "withdrawn";
            asked_at: string;
            answered_at: string | null;
        };
        InformalContact: {
            user_id: number;
            name: string;
            email: string;
            /** @description 1: asked first (listed contacts only) */
            position?: number;
        };
        InformalContacts: {
            /** @description the informal contacts, in the order they are asked */
            items: components["schemas"]["InformalContact"][];
            /** @description the client's other accounts, which may be listed */
            accounts: components["schemas"]["InformalContact"][];
        };
        InformalContactsInput: {
            /** @description account ids of the client's family, in the order they are asked; [] for none */
            contacts: number[];
        };
        AssignmentInput: {
            caregiver_id: number;
        };
        Continuity: {
            visits: number;
            /** @description distinct */
            caregivers: number;
            /** @description Bice-Boxerman COC, 0..1 */
            index: number | null;
        };
        ClientContinuity: {
            last_14_days: components["schemas"]["Continuity"];
            last_28_days: components["schemas"]["Continuity"];
        };
        ClientCare: {
            /** @description up to 30 characters: digits, spaces, + - ( ) */
            phone: string;
            /** @description one line, at most 200 bytes: a name and how to reach them */
            emergency_contact: string;
            /**
             * @description Zvw (district nursing, health insurer), Wlz (long-term care), Wmo (municipality) or private
             * @enum {string|null}
             */
            financing: "zvw" | "wlz" | "wmo" | "private" | null;
            /** @description the care granted a week, 0..10080 */
            indicated_minutes_week: number | null;
            /** @description a summary, at most 4,000 bytes */
            care_plan: string;
        };
        ClientCareInput: {
            /** @description up to 30 characters: digits, spaces, + - ( ) */
            phone?: string;
            /** @description one line, at most 200 bytes: a name and how to reach them */
            emergency_contact?: string;
            /**
             * @description Zvw (district nursing, health insurer), Wlz (long-term care), Wmo (municipality) or private
             * @enum {string|null}
             */
            financing?: "zvw" | "wlz" | "wmo" | "private" | null;
            /** @description the care granted a week, 0..10080 */
            indicated_minutes_week?: number | null;
            /** @description a summary, at most 4,000 bytes */
            care_plan?: string;
        };
        ClientMessage: {
            id: number;
            /** @description the writer's account name */
            author: string;
            /** @description written by the client or their family (else by care staff) */
            from_family: boolean;
            text: string;
            /** @description local time YYYY-MM-DDTHH:MM */
            at: string;
            /** @description when the other side first read it (local time), or null */
            read_at: string | null;
        };
        ClientMessageThread: {
            client_id: number;
            client_name: string;
            /** @description oldest first, the latest 100 */
            messages: components["schemas"]["ClientMessage"][];
        };
        TaskOfferInput: {
            /** @description the caregivers to offer the task to, each once */
            caregiver_ids: number[];
        };
        /** @description the range's figures of the tasks held by caregivers of one kind */
        KpiKindSplit: {
            /**
             * @description the kind of caregiver who held the tasks; null: due tasks nobody held (listed only when there are some)
             * @enum {string|null}
             */
            kind: "employee" | "freelancer" | "volunteer" | null;
            /** @description tasks not cancelled whose window opened before now */
            due: number;
            /** @description due, done, and checked in in window */
            covered: number;
            /** @description covered / due; four decimals, null over nothing */
            coverage: number | null;
            check_ins: number;
            in_window: number;
            /** @description in_window / check_ins; four decimals, null over nothing */
            punctuality: number | null;
            done: number;
            care_minutes: number;
            /** @description of done tasks */
            pay_cents: number;
            /** @description pay_cents over care_minutes / 60, whole cents; null without care minutes */
            cents_per_care_hour: number | null;
            /** @description the travel of these caregivers' days with done tasks; one decimal */
            travel_minutes: number;
            /** @description travel / (travel + care); four decimals, null over nothing */
            travel_share: number | null;
        };
        /** @description the range's figures of the tasks of clients in one area (no travel: a day's travel crosses areas) */
        KpiAreaSplit: {
            /** @description the client's postcode area (four digits), as the feed shows it */
            area: string;
            /** @description tasks not cancelled whose window opened before now */
            due: number;
            /** @description due, done, and checked in in window */
            covered: number;
            /** @description covered / due; four decimals, null over nothing */
            coverage: number | null;
            check_ins: number;
            in_window: number;
            /** @description in_window / check_ins; four decimals, null over nothing */
            punctuality: number | null;
            done: number;
            care_minutes: number;
            /** @description of done tasks */
            pay_cents: number;
            /** @description pay_cents over care_minutes / 60, whole cents; null without care minutes */
            cents_per_care_hour: number | null;
        };
        /** @description an organisation's targets for its key figures; null: no target */
        KpiTargets: {
            /** @description at least this share of due visits covered */
            coverage: number | null;
            /** @description at least this share of check-ins in window */
            punctuality: number | null;
            /** @description at most this share of paid time travelling */
            travel_share: number | null;
            /** @description at most this cost per care hour, in cents */
            cents_per_care_hour: number | null;
        };
        /** @description the targets to set: a member absent or null sets no target for that figure */
        KpiTargetsInput: {
            /** @description at least this share of due visits covered */
            coverage?: number | null;
            /** @description at least this share of check-ins in window */
            punctuality?: number | null;
            /** @description at most this share of paid time travelling */
            travel_share?: number | null;
            /** @description at most this cost per care hour, in cents */
            cents_per_care_hour?: number | null;
        };
        WithdrawalInput: {
            /** @description why, one line */
            reason: string;
        };
        /** @description A document uploaded as a certificate's evidence (its bytes: GET /v1/caregivers/{id}/evidence/{evidence_id}) */
        Evidence: {
            id: number;
            /** @enum {string} */
            media_type: "application/pdf" | "image/png" | "image/jpeg";
            file_name: string;
            size_bytes: number;
            /** @description hex SHA-256 of the bytes */
            sha256: string;
            /** @example 2025-03-10T14:05 */
            uploaded_at: string;
        };
        VerificationInput: {
            /** @description the evidence the verifier looked at: the certificate's current evidence (409 otherwise) */
            evidence_id: number;
        };
        /** @description The document the certificate stands on: a PDF or an image, at most 5 MB (5,242,880 bytes; 413 beyond). Its type is judged by its first bytes, which must say what media_type declares (400 naming evidence.content_base64 otherwise). */
        EvidenceUpload: {
            /** @enum {string} */
            media_type: "application/pdf" | "image/png" | "image/jpeg";
            /** @description one line, without a folder */
            file_name: string;
            /**
             * Format: byte
             * @description the document's bytes in standard base64 (RFC 4648)
             */
            content_base64: string;
        } | null;
        /** @description The certificate's latest verification: who verified it against which evidence, and its withdrawal once withdrawn */
        CertificateVerification: {
            id: number;
            evidence_id: number;
            evidence_sha256: string;
            organisation_id: number;
            verified_by_name: string;
            /** @example 2025-03-10T14:05 */
            verified_at: string;
            withdrawn_at: string | null;
            withdrawal_reason: string | null;
        };
        HandAssignmentInput: {
            caregiver_id: number;
            /** @description YYYY-MM-DDTHH:MM, within the task's window (else 400 naming start): the task starts exactly then in the caregiver's day, who may be its holder (a move in time only); absent or null: where the day fits it best */
            start?: string | null;
        };
        /** @description the live events a user's bell missed since their app last took one in */
        MissedNotifications: {
            /** @description the caller's cursor; null before their app first set one */
            seen_up_to: number | null;
            /** @description the last event published when this was read: open the event stream after it */
            latest_event_id: number;
            /** @description oldest first, at most 50 (the newest) */
            events: {
                id: number;
                /** @description the event's type (docs/api.md, Live events) */
                type: string;
                /** @description when it was published, the platform's local time (YYYY-MM-DDTHH:MM) */
                at: string;
                /** @description the event's data, as the event stream sends it */
                data: {
                    [key: string]: unknown;
                };
            }[];
            /** @description more were missed than listed, or some are no longer kept */
            more: boolean;
        };
    };
    responses: {
        /** @description An error, as RFC 9457 problem details */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
