# membership-offers: see docs/glossary.md for the terms of each language.

## Fehlermeldungen.

error-unauthenticated = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
error-forbidden = Ihre Rolle erlaubt diese Aktion nicht.
error-not-found = Das Gesuchte wurde nicht gefunden.
error-conflict = Jemand hat dies gleichzeitig geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-internal = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.
error-bad-request = Die Anfrage konnte nicht gelesen werden. Gehen Sie zurück, prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-unavailable = Das Portal ist ausgelastet oder ein Dienst ist nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
error-request = Das Portal ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
