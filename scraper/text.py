"""Pure text clean-up shared by feeds, pages and imports: paragraphs, boilerplate, duplicates."""

from __future__ import annotations

import re
import unicodedata

# Lines that are page furniture, not article text (checked on the seeds and the real fixtures).
_BOILERPLATE = re.compile(
    r"^(baca juga\b|cek berita dan artikel\b|sumber\s*:?$|editor\s*:|penulis\s*:|"
    r"tinggalkan balasan\b|alamat email anda tidak akan\b|[-–—•|]?\s*dibaca\s*:?\s*\d|"
    r"(facebook|twitter|telegram|whatsapp|email|print|share|bagikan|close|tutup)$|"
    r"redaksi\s*:|fotografer\s*:|hubungi\s*:|informasi pemasangan iklan|simak breaking news|"
    r"copyright\b|©|\|?\s*(penulis|editor|pewarta|reporter)\s*\|?\s*:|"
    r"(s|e):must read|mustread|foto\s*:|video\s*:|lihat juga\s*:|artikel terkait|"
    # Bylines and notices: "Laporan Wartawan X", "Simak Video …", "Dilarang keras mengambil
    # konten …", "Hak cipta dilindungi".
    r"laporan (wartawan|reporter|jurnalis|kontributor)\b|simak (juga )?video\b|hak cipta\b|"
    r"diposting oleh\b|posted (by|on)\b|ditulis oleh\b|laporan\s*:|"
    r"dilarang (keras )?(mengambil|mengutip|menyalin|memperbanyak|menayangkan|menggunakan)\b|"
    # An embedded post's attribution, "— Pemkab Klaten (@pemkabklaten) October 1, 2024"; view
    # counters, "- 1482 reads", "1.204 kali dibaca"; tag lines, "Tag: bawaslu, pilkada-2024".
    r"[—–-]\s*[^()]{1,60}\(@\w{2,30}\)|[-–•|]?\s*\d[\d.,]*\s*(reads|views|kali dibaca|x dibaca|"
    r"kali dilihat|dilihat)\s*$|tags?\s*:|topik\s*:|kata kunci\s*:|"
    # "Terakhir diperbarui: Selasa, 05 November 2024 - 09:12 WITA".
    r"(terakhir\s+)?(diperbarui|diperbaharui|diupdate|updated|update terakhir)\b[^.!?]{0,40}\d{4}\b)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# Reporter initials or a credit closing an article, alone on a line: "(red)", "(ant/nas)", "(*)",
# "(Humas Polres Gowa)", "(Tribunkaltim.co/Nur Hidayah)".
# "(Admin: Kasi Pemerintahan)", "(Kontributor: Fahmi / Editor: Nurul)".
_INITIALS = re.compile(r"^\(\s*[\w*/.,:&+' -]{1,60}\)$")
# An unbracketed credit closing the article: "Humas SMA Negeri 2 Wonosari", "Tim Publikasi Desa
# Sibetan", "Admin Desa Mekarjaya" (a short line with no sentence end).
_CLOSING_CREDIT = re.compile(r"^(humas|tim (publikasi|media|humas|redaksi|dokumentasi|admin|"
                             r"website|web|informasi)|admin|kontributor|pewarta|reporter|penulis|"
                             r"editor|redaksi)\b[^.!?:;]{0,60}$", re.IGNORECASE)
CLOSING_CREDIT_MAX_WORDS = 8
# "Ikuti berita terkini X di Google News", "Gabung saluran WhatsApp kami": promos.
_PROMO = re.compile(r"^(ikuti|follow|simak|dapatkan|gabung|bergabung|baca berita)\b.{0,120}\b("
                    r"google news|saluran whatsapp|whatsapp channel|channel whatsapp|"
                    r"telegram|instagram|tiktok|youtube)\b", re.IGNORECASE)
# A photo caption: a short paragraph ending with its credit, "… (Foto: Humas BKPSDM)", "…
# Foto: Swara Kendal FM"; a short source credit, "Sumber: Badan Kepegawaian Negara".
_CAPTION = re.compile(r"(\((foto|dok|dok\.|dokumentasi|ilustrasi|sumber foto|photo)\b[^()]{0,80}\)|"
                      r"\b(foto|dok|dokumentasi|ilustrasi|photo)\s*[:/]\s*[^.:]{2,60})\s*$", re.IGNORECASE)
_SOURCE = re.compile(r"^sumber\s*:\s*\S", re.IGNORECASE)
# A caption that names itself first: "Ilustrasi: Kepala BKD … memberikan pengarahan …".
_CAPTION_START = re.compile(r"^(ilustrasi|foto|dok|dokumentasi|keterangan foto|ket\. ?foto|"
                            r"caption)(\s*:|\s+[-–—]\s)", re.IGNORECASE)
# A related-news item: "• Ratusan Calon Jamaah Haji Ikuti Manasik (02-10-2024)".
_RELATED_ITEM = re.compile(r"^[•»▪►◦·]\s.*\(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\)$|"
                           # "- Undana Buka Program Beasiswa Anak PetaniRabu, 20 Nov 2024 16:05"
                           r"^[-–•»▪►◦·]\s.{10,160}\d{1,2}\s+\w{3,9}\.?\s+\d{4}"
                           r"(\s*,?\s*\d{1,2}[:.]\d{2})?(\s*(wib|wita|wit))?$", re.IGNORECASE)
# A copyright or no-copying notice: "… tanpa persetujuan tertulis dari Kantor Berita ANTARA."
_NOTICE = re.compile(r"tanpa (izin|ijin|persetujuan) tertulis|hak cipta dilindungi|"
                     r"all rights reserved", re.IGNORECASE)
SOURCE_MAX_WORDS = 8
# Reporter initials closing the last paragraph: "… bergiliran. (sw/rdk)".
_TRAILING_INITIALS = re.compile(r"\s+\((?:[\w*]{1,6}/)+[\w*]{1,6}\)$|\s+\((?:red|ant|adv|rls|hms|\*)\)$|"
                                r"(?<=[.!?\"”])\s+\([a-z]{1,4}\)$|"
                                # "… (tribun-bali.com/putu arya wiguna)", "… (prb/adpimprov kaltim)"
                                r"(?<=[.!?\"”])\s+\([\w*.-]{1,25}(?:/[\w* .-]{1,30})+\)$")
CAPTION_MAX_WORDS = 40
# The comment section's heading: "Komentar (2)", "3 Komentar", "Tulis komentar"; what follows is
# readers' comments, not the article.
_COMMENTS = re.compile(r"^(\d+\s+)?(komentar|tanggapan|comments?)(\s*\(\d+\))?\s*:?$|"
                       r"^(tinggalkan|tulis|beri|berikan|kirim)\s+(komentar|tanggapan)\b",
                       re.IGNORECASE)


def normalize_space(text: str) -> str:
    """NFC, non-breaking and odd spaces to one plain space, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def one_line(text: str) -> str:
    """normalize_space, with line breaks too made one space (a title or heading that spans
    source lines)."""
    return normalize_space(" ".join(text.split()))


def is_boilerplate(line: str) -> bool:
    """True for share buttons, 'BACA JUGA' and news-app promos, comment-form, credit and
    caption lines, and closing reporter initials."""
    line = line.strip()
    if (_BOILERPLATE.match(line) or _INITIALS.match(line) or _PROMO.match(line)
            or _RELATED_ITEM.match(line)):
        return True
    words = len(_WORD.findall(line))
    if _SOURCE.match(line) and words <= SOURCE_MAX_WORDS:
        return True
    return bool(_CAPTION.search(line) or _NOTICE.search(line) or _CAPTION_START.match(line)) \
        and words <= CAPTION_MAX_WORDS


# A line that is only a date/time stamp, e.g. "- Kamis, 05/11/2015 09:25 WIB" from a list.
_DATE_ONLY = re.compile(
    r"^[-•*\s]*((senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*,?\s*)?"
    r"\d{1,2}[/ -]\w+[/ -]\d{2,4}(,?\s*(pukul\s*)?\d{1,2}[:.]\d{2}(\s*(wib|wita|wit))?)?"
    # ... and a byline after it: "Rabu, 9 Oktober 2024 · Redaksi Lensa".
    r"(\s*[·|•]\s*[\w .]{2,40})?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


def is_furniture(line: str) -> bool:
    """True for date stamps, bullets and lines too short to be prose (menu items, counters)."""
    if _DATE_ONLY.match(line):
        return True
    words = len(_WORD.findall(line))
    if line.startswith("- "):  # list items can be content ("- memasang baliho paslon")
        return words < 2
    return words < 4 and not re.search(r"[.!?\"”)]$", line)


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Normalise spaces, drop boilerplate and empty lines, keep each repeated paragraph once."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in paragraphs:
        para = normalize_space(raw)
        if kept and _COMMENTS.match(para):
            break  # readers' comments follow
        key = para.casefold()
        if not para or is_boilerplate(para) or is_furniture(para) or key in seen:
            continue
        seen.add(key)
        kept.append(para)
    if len(kept) > 1 and _CLOSING_CREDIT.match(kept[-1]) \
            and len(_WORD.findall(kept[-1])) <= CLOSING_CREDIT_MAX_WORDS:
        kept.pop()
    if kept:
        kept[-1] = _TRAILING_INITIALS.sub("", kept[-1])
    return kept


def join_paragraphs(paragraphs: list[str]) -> str:
    """The corpus text form: paragraphs separated by one blank line."""
    return "\n\n".join(paragraphs)
