# membership-offers: see docs/glossary.md for the terms of each language.

## Errors shown when a request fails. Keep them short and say what the person can do.

error-unauthenticated = Your session has ended. Please sign in again.
error-forbidden = Your role does not allow this action.
error-not-found = We could not find what you asked for.
error-conflict = Someone changed this at the same time. Reload the page and try again.
error-internal = Something went wrong on our side. Please try again in a moment.
error-bad-request = The request could not be read. Go back, check what you entered and try again.
error-unavailable = The portal is busy or one of its services is down. Please try again in a moment.
error-request = The portal could not be reached. Check your connection and try again.
