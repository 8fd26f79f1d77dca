"""German (translatable) wording for the errors of the signing package."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def signing_input_text(code: str) -> str | None:
    """Wording for the InvalidInput codes of weltoffen_desktop/signing; None for others."""
    # QCoreApplication.translate written out: lupdate does not see through an alias.
    texts = {
        "folder_missing": QCoreApplication.translate(
            "Messages", "Den Zielordner gibt es nicht (mehr)."
        ),
        "not_writable": QCoreApplication.translate(
            "Messages",
            "Die Datei kann dort nicht geschrieben werden: Der Ordner ist schreibgeschützt, "
            "oder die Datei ist in einem anderen Programm geöffnet. Es wurde nichts verändert.",
        ),
        "certificate_suffix": QCoreApplication.translate(
            "Messages", "Ein Zertifikat wird als .p12- oder .pfx-Datei gespeichert."
        ),
        "file_exists": QCoreApplication.translate(
            "Messages",
            "Es gibt bereits eine Datei mit diesem Namen. Wählen Sie einen anderen Namen, "
            "oder bestätigen Sie das Ersetzen über „Durchsuchen …“.",
        ),
        "signer_name_empty": QCoreApplication.translate(
            "Messages", "Bitte geben Sie den Namen der unterschreibenden Person ein."
        ),
        "signer_name_too_long": QCoreApplication.translate(
            "Messages", "Der Name darf höchstens {limit} Zeichen lang sein."
        ),
        "organisation_too_long": QCoreApplication.translate(
            "Messages", "Die Organisation darf höchstens {limit} Zeichen lang sein."
        ),
        "email_invalid": QCoreApplication.translate(
            "Messages", "Das ist keine E-Mail-Adresse wie name@beispiel.de."
        ),
        "passphrase_wrong": QCoreApplication.translate(
            "Messages", "Die Passphrase für dieses Zertifikat stimmt nicht."
        ),
        "certificate_missing": QCoreApplication.translate(
            "Messages", "Die Zertifikatsdatei gibt es nicht (mehr)."
        ),
        "not_pkcs12": QCoreApplication.translate(
            "Messages", "Diese Datei ist keine Zertifikatsdatei (.p12 oder .pfx)."
        ),
        "no_private_key": QCoreApplication.translate(
            "Messages",
            "Diese Datei enthält keinen privaten Schlüssel: Mit ihr kann man Unterschriften "
            "prüfen, aber nicht unterschreiben.",
        ),
        "no_certificate": QCoreApplication.translate(
            "Messages", "Diese Datei enthält kein Zertifikat."
        ),
        "key_unsupported": QCoreApplication.translate(
            "Messages", "Mit dieser Art von Schlüssel kann nicht unterschrieben werden."
        ),
        "certificate_expired": QCoreApplication.translate(
            "Messages", "Das Zertifikat ist abgelaufen. Bitte erstellen Sie ein neues."
        ),
        "certificate_not_yet_valid": QCoreApplication.translate(
            "Messages", "Das Zertifikat ist noch nicht gültig. Stimmt die Uhr dieses Computers?"
        ),
        "certificate_not_for_signing": QCoreApplication.translate(
            "Messages", "Dieses Zertifikat ist nicht für Unterschriften bestimmt."
        ),
        "public_suffix": QCoreApplication.translate(
            "Messages", "Das öffentliche Zertifikat wird als .cer- oder .pem-Datei gespeichert."
        ),
        "not_a_certificate": QCoreApplication.translate(
            "Messages", "Diese Datei ist kein Zertifikat (.cer oder .pem)."
        ),
        "pdf_missing": QCoreApplication.translate(
            "Messages", "Die PDF-Datei gibt es nicht (mehr)."
        ),
        "not_a_pdf": QCoreApplication.translate("Messages", "Diese Datei ist keine PDF-Datei."),
        "pdf_damaged": QCoreApplication.translate(
            "Messages", "Die PDF-Datei ist beschädigt und kann nicht gelesen werden."
        ),
        "pdf_encrypted": QCoreApplication.translate(
            "Messages", "Die PDF-Datei ist verschlüsselt und kann nicht unterschrieben werden."
        ),
        "cannot_sign": QCoreApplication.translate(
            "Messages", "Diese PDF-Datei kann nicht unterschrieben werden."
        ),
        "field_signed": QCoreApplication.translate(
            "Messages", "Dieses Unterschriftsfeld ist schon unterschrieben."
        ),
        "field_name_invalid": QCoreApplication.translate(
            "Messages", "Dieser Name ist für ein Unterschriftsfeld nicht möglich."
        ),
        "signature_role_too_long": QCoreApplication.translate(
            "Messages", "Die Funktion im Stempel darf höchstens {limit} Zeichen lang sein."
        ),
        "no_room": QCoreApplication.translate(
            "Messages", "Auf der letzten Seite ist kein Platz für eine weitere Unterschrift."
        ),
    }
    return texts.get(code)
