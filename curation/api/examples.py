"""Example payloads for the OpenAPI documentation of sources."""

SOURCE_CITATION = {
    "id": 12,
    "url": "https://www.mofa.go.jp/j_info/visit/visa/medical/index.html",
    "title": "Visa for Medical Stay",
    "publisher": "Ministry of Foreign Affairs of Japan",
    "accessed": "2025-11-05",
    "accessed_note": None,
    "as_of": None,
    "kind": "official",
    "supports": "visa rules",
}

SOURCE = {
    "id": 12,
    "url": "https://www.mofa.go.jp/j_info/visit/visa/medical/index.html",
    "title": "Visa for Medical Stay",
    "publisher": "Ministry of Foreign Affairs of Japan",
    "accessed": "2025-11-05",
    "accessed_note": None,
    "as_of": None,
    "kind": "official",
    "updated_at": "2025-11-05T09:30:00Z",
}
