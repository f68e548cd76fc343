"""Regenerate tests/vectors/checker.json from the cases below (a deliberate, reviewed step).

Run `python -m tests.vectors.make_vectors` after changing rules on purpose, then review the diff:
the vectors are the shared contract the Python, node and Chromium engines must all meet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import checker

OUT = Path(__file__).with_name("checker.json")

CASES: list[tuple[str, str]] = [
    ("empty text", ""),
    ("whitespace only", "  \n\t  "),
    ("emoji only", "😀🙏🇮🇩✌️"),
    ("control characters", "rapat\x00\x07 pukul\x1b 9"),
    ("ordinary office memo", "Selamat pagi, rapat koordinasi dimulai pukul 09.00 di aula."),
    ("call to vote for a number", "Ayo coblos nomor urut 2 tanggal 14 Februari!"),
    ("number signal 02 read before leetspeak", "Coblos 02 ya bapak ibu"),
    ("neutral KPU reminder", "KPU mengingatkan: gunakan hak pilihmu di TPS pada 14 Februari."),
    ("news naming a candidate is at most hati-hati", "Prabowo dan Gibran menghadiri rapat koordinasi PAN dan Golkar."),
    ("joined hashtag", "Bersatu! #2019GantiPresiden"),
    ("joined hashtag with leetspeak", "#T3tapJokowi sampai akhir"),
    ("salam jari", "Salam dua jari, saudaraku"),
    ("fancy font and zero-width", "𝓟𝓻𝓪𝓫𝓸𝔀𝓸 pres\u200bid\u200ben"),
    ("full-width letters", "ＡＹＯ ＣＯＢＬＯＳ ０２！！！"),
    ("greeting for Christmas passes", "Selamat Natal dan Tahun Baru bagi umat Kristen."),
    ("Chinese New Year passes", "Gong Xi Fa Cai untuk saudara-saudara Tionghoa."),
    ("Nyepi passes", "Umat Hindu merayakan Nyepi dengan khidmat."),
    ("rendang passes", "Resep rendang khas Padang yang empuk."),
    ("Batak film passes", "Film tentang keluarga Batak tayang minggu depan."),
    ("group term plus hostility", "Usir semua orang Cina dari kampung kita!"),
    ("leetspeak group and hostility", "b4smi c1n4 sekarang juga"),
    ("spaced slur", "Dasar k a f i r"),
    ("dotted slur", "usir a.s.e.n.g dari negeri ini"),
    ("repeated letters", "dasar kafiiiir"),
    ("cyrillic lookalikes", "u\u0455ir \u0430seng, b\u0430ngs\u0430t"),
    ("pribumi set against others", "Pribumi harus bangkit melawan aseng"),
    ("scunthorpe words pass", "Masing-masing pegawai ke pantai dengan gaya santai; babinsa masuk kantor; kasus asusila."),
    ("chain message", "PENGUMUMAN RESMI BKN!!! Semua PNS wajib daftar ulang di bit.ly/daftar-pns. Sebarkan sebelum dihapus!"),
    ("media silence claim", "Media tidak berani memberitakan ini, akhirnya terbongkar"),
    ("mixed categories", "Dasar cebong! Coblos 01, viralkan!!!"),
    ("offsets with astral characters before a match", "🙏🙏 Yuk coblos nomor 3 🙏"),
    ("newline stops spaced letters", "a\ns\ne\nn\ng"),
    ("negated campaign act", "ASN wajib netral: tidak boleh ikut kampanye, boleh memilih di TPS."),
    ("negated chain request", "Jangan sebarkan dulu sebelum dicek kebenarannya."),
    ("email-like joiner and dollar leetspeak", "k@fir laknat, $ebarkan"),
    ("one '!' between letters is leetspeak for i; runs and trailing '!' are punctuation",
     "Dasar Ch!na sialan!!! Halo! ayo!!!kita"),
    ("money politics near a candidate; the reported 'pembagian sembako' is excepted",
     "Ada uang transport dari cabup. Laporkan pembagian sembako oleh timses ke Bawaslu."),
    ("a group rejecting a project is not hostility", "Suku Awyu menolak pembangunan perkebunan sawit."),
    ("regional negators: Javanese 'ojo', Banjar 'kada'", "Kanca ASN, ojo melu kampanye. Kada usah pasang baliho calon."),
    ("exclusion near a group term; a sermon against a vice passes",
     "Jangan terima karyawan Batak di kantor kita. Semua agama melarang kita menjadi pembohong."),
    ("a ballot number above 3 after a regional vote verb", "Awak piliah Uda Fauzan nomor 6, milih nomer 4 juo"),
    ("a prohibition list after ':' is reached item by item, whole items",
     "ASN DILARANG: ikut kampanye, foto bareng paslon dgn pose 2 jari, pasang spanduk/stiker calon. Coblos 02!"),
    ("'pelanggaran:' heads a list too", "Contoh pelanggaran: hadir kampanye, memakai atribut paslon, foto bareng cagub."),
    ("a comma list closed by ', atau' is a list without a colon; a call after a plain comma stays",
     "DILARANG foto dgn pose 2 jari, hadir di kampanye, atau pasang atribut partai. ASN dilarang golput, ayo coblos 02!"),
    ("any negator lists with ', atau'; ', dan' only after a prohibition",
     "Jangan ikut kampanye, pasang baliho calon, atau foto bareng paslon. Jangan diam, lawan, dan usir Cina dari kampung!"),
    ("exclusion calls carry their own negator and are not negated by it", "Kos2an di RT kita jgn terima org timur lagi, ojo didol karo wong cino"),
    ("'&' closes a prohibition list; the first item is reached whole",
     "ASN DILARANG foto bersama paslon dgn pose jari, like/komen/share postingan kampanye, & pasang atribut partai."),
    ("'tidak setuju' negates nothing after it", "Jika TIDAK SETUJU isi formulir di bri-tarif.weebly.com, klaim saldo di link berikut"),
    ("counter-signals lower the hoax score and are not findings: a debunk",
     "[HOAKS] Beredar pesan 'media tidak memberitakan ini, SEBARKAN!!!'. Faktanya sudah dibantah Kominfo."),
    ("counter-signals: a blood-donor appeal; a score never goes below 0", "Dibutuhkan segera donor darah O+ di RSUD, mohon diteruskan. Donasi korban banjir via BAZNAS."),
    ("a negated counter does not count", "Ini bukan hoax, faktanya bukan cek fakta! Sebarkan sebelum dihapus!!!"),
    ("an OTP request in the boss's name; a warning about it passes",
     "Ini Bu Sekdis, tlg kirimkan kode 6 digit yg barusan masuk ya. Jangan kirim kode OTP ke siapa pun!"),
    ("'anti' right before a religion", "Rezim ini #AntiIslam, lawan!"),
    ("mocking an 'anti aseng' slogan passes", "Katanya anti aseng, ternyata impor juga."),
    ("refusing a leader for ethnicity", "Jangan sampai orang Tionghoa jadi pemimpin di sini"),
    ("joined hashtag: call with a number", "Sudah mantap #BeraniPilih02"),
    ("contest news is at most hati-hati", "Survei Pilgub terbaru: petahana unggul tipis atas rivalnya."),
    ("neutral Pilkada schedule passes", "Jadwal tahapan Pilkada serentak 2024 dapat dilihat di situs resmi KPU."),
    ("literal animal and food words near a group pass", "Wisata kuliner babi panggang khas Batak; resep ayam bakar Padang."),
    ("insulting scripture", "Kitab suci mereka itu sampah"),
    ("masked letters", "Usir c*na dari sini, dasar k*fir"),
    ("masked with several stars and a masked candidate", "c*blos Pr**owo, jangan pilih yang lain"),
    ("stars between single letters are spaced letters", "Dasar k*a*f*i*r"),
    ("too many stars hide the word", "k***r dan c**a"),
    ("WhatsApp bold and arithmetic are not masks", "*PENTING* rapat jam 5*2 hari ini, bukan *c*"),
    ("dollar sign opening a word", "$ebarkan ke semua grup! Harga $100."),
    ("chat abbreviations: 'jgn' negates, 'jgn lupa coblos' still calls", "ASN jgn ikut kampanye ya. Tp tgl 27 jgn lupa coblos no 2"),
    ("hand gestures read as numbers", "Salam ✌️ jari! Besok coblos ☝️ ya"),
    ("a peace sign alone is not a number signal", "Semangat pagi rekan-rekan ✌️"),
    ("keycap digit after a call to vote", "Jangan lupa besok coblos 2\ufe0f\u20e3 ya!"),
    ("regulation 'PP' is not the party PPP", "Sesuai PP 94/2021, PNS dilarang mendukung calon."),
    ("the party PPP is matched on its raw form", "Pilih PPP, pilih P P P!"),
    ("a negator does not reach across a comma", "Ahmadiyah bukan Islam, usir mereka!"),
    ("except: driving out the colonisers is history", "Selamat Hari Santri! Para ulama dan santri berjuang mengusir penjajah."),
    ("except: the Prophet's story", "Kisah Nabi Muhammad menghadapi kaum kafir Quraisy di Makkah."),
    ("except: a religion teaching against a vice", "Semua agama melarang kita menjadi pembohong dan penipu."),
    ("except does not cover the hostile sense", "Usir kaum kafir itu dari kampung, seperti mengusir penjajah!"),
    ("'jangan takut' encourages instead of negating", "Jangan takut usir orang Cina dari kampung ini!"),
    ("'jangan malu' before a campaign act", "Jangan malu ikut kampanye paslon 02 ya"),
    ("a negator in the same clause still counts", "Jangan usir warga Ahmadiyah dari kampung."),
    ("a modal carries the reach: 'tidak boleh menghadiri deklarasi dukungan'",
     "ASN tidak boleh menghadiri deklarasi dukungan atau kampanye akbar pasangan calon."),
    ("'atau' carries the reach over the next list item",
     "Jangan hadiri kampanye akbar atau gabung tim pemenangan."),
    ("'dan' carries it only after 'dilarang'",
     "ASN dilarang memasang spanduk dan baliho calon serta ikut kampanye."),
    ("after 'jangan', 'dan' may join a call", "jangan diam dan usir cina dari kampung kita"),
    ("a comma still ends a carried reach", "Jangan pasang baliho atau stiker, gabung tim pemenangan!"),
    ("after 'dilarang:' commas separate list items of the prohibition",
     "ASN DILARANG: 1) foto bersama paslon dengan simbol jari, 2) ikut kampanye, 3) like, komen & share postingan paslon."),
    ("without a colon a comma still ends the prohibition", "ASN dilarang golput, ayo coblos 02!"),
    ("refusing a leader for religion", "Pilih yang seiman! Jangan sampai daerah kita dipimpin non muslim"),
    ("campaign attributes", "Pak Kadis minta kita semua pasang stiker calon di motor masing2"),
    ("refusing an ethnic group as leaders", "Orang Jawa jangan jadi pemimpin di tanah Papua"),
    ("expel to the place of origin", "Para pendatang itu sampah masyarakat, kembalikan ke daerah asalnya"),
    ("mobilising staff for a candidate", "Semua honorer wajib ikut apel akbar relawan calon bupati no urut 3 besok"),
    ("asking support for a legislative candidate", "Mohon doa restu, suami saya maju caleg DPRD, mohon dukungannya ya"),
    ("group stereotype", "Orang Padang memang pelit semua"),
    ("refusing a group's arrival", "Kami warga Dayak menolak kedatangan pendatang dari Madura"),
    ("fake official message with a short link", "Pesan dari BKN: PNS wajib absen di aplikasi baru, daftar di bit.ly/absenPNS"),
    ("a call to fight those labelled kafir, leetspeak", "Saatnya perangi k4fir di negeri ini"),
    ("a negated call against kafir passes", "Jangan usir tetangga kita, kafir atau bukan, semua warga negara."),
    ("reduplicated kafir as an epithet", "Semua ini ulah kafir-kafir itu"),
    ("surah name Al-Kafirun near a mosque passes", "Kajian tafsir surat Al-Kafirun di masjid ba'da isya."),
    ("a prophet called fake", "Muhammad itu nabi gadungan"),
    ("the biblical warning about false prophets passes", "Waspadalah terhadap nabi-nabi palsu, kata pendeta."),
    ("colonised by an ethnic group", "Negeri ini sudah d1jajah Cina, bangun!"),
    ("colonial history passes", "Indonesia dijajah Belanda; pejuang keturunan Tionghoa ikut melawan penjajah."),
    ("kafir label on a candidate, and its negation", "kapir prabowo itu. Pak Anies bukan orang kafir."),
    ("reduplicated ethnic name with a crime word", "Cina-cina maling itu dibiarkan saja"),
    ("'sipit' as a slur with an insult, and a baby's eyes", "Dasar sipit bangsat! Mata bayi kami masih sipit."),
    ("a spelling with an apostrophe as a group name", "Syi'ah sesat, Shia kafir"),
    ("a call to discard a religion, and a negated one", "Buang Islam dari negeri ini! Jangan tinggalkan agama karena susah."),
    ("a religion called a virus; warning about politicised religion passes",
     "Agama mereka itu virus. Politisasi agama berbahaya bagi persatuan."),
    ("a coarse insult next to a group name", "Orang Kristen sok tau, dasar bego"),
    ("'Cina komunis' smear; the party's name in news passes", "Waspadai Cina komunis! Partai Komunis China menggelar kongres."),
    ("a PKI accusation at a person; a history lesson passes", "Situ PKI ya? Guru menjelaskan peristiwa G30S/PKI."),
    ("an ethnic group called parasites; fighting the colonisers passes",
     "Cina itu benalu, kata provokator itu. Dalam sejarah, pejuang Tionghoa melawan penjajah Belanda."),
    ("a PKI label with an animal insult", "Dasar kecoak PKI!"),
    ("'kaum sipit' as a racial label", "Awas kaum sipit mau menguasai pasar."),
]


def project(result: dict[str, Any]) -> dict[str, Any]:
    """The part of a result the vectors pin."""
    return {"level": result["level"], "score": result["score"],
            "categories": {c: v["score"] for c, v in result["categories"].items()},
            "findings": [{"rule": f["rule"], "matched": f["matched"], "start": f["start"],
                          "end": f["end"]} for f in result["findings"]]}


def main() -> None:
    """Write the vectors file from the current Python engine."""
    vectors = [{"description": d, "text": t, "expect": project(checker.check(t))} for d, t in CASES]
    OUT.write_text(json.dumps(vectors, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                   encoding="utf-8")


if __name__ == "__main__":
    main()
