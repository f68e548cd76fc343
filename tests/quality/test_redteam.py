"""Red-team messages: realistic forwarded messages in our own wording, outside the training data.

Each row says what a careful reader expects: ``flag`` (risky: hati-hati or jangan), ``aman``
(ordinary: must pass), or ``hati-hati-ok`` (news or official information: aman or hati-hati, never
jangan). The sets are reviews, not goals: the pinned counts record what the checker does now and
may only get better (raise ``*_FLAGGED_MIN``, lower ``*_MISFLAGGED_MAX``).
"""

from __future__ import annotations

from typing import Any

import pytest

import checker
from checker.datasets import HELD_OUT, redteam_sets


# file -> (risky flagged at least, ordinary misflagged at most)
# redteam.jsonl: written 2026-11-23 and used to fix rules (23 -> 35 flagged, 12 -> 9 misflagged).
# redteam_blind.jsonl: 150 messages written by a helper that never saw the rules. Measured blind
# (rules of 6d09ca4): 32 of 60 risky flagged, 13 of 90 ordinary misflagged; 35 and 13 after the
# fixes from redteam.jsonl alone. Then it became a development set too: four news rows that name
# a candidate were relabelled hati-hati-ok (the issue allows hati-hati there) and rules were fixed
# from its misses (47 of 60 flagged, 4 of 86 misflagged).
# redteam_set3.jsonl: 150 more by another blind helper (regional languages, captions, longer
# forwards). Blind (rules of ed904b8): 34 of 60 flagged, 3 of 80 misflagged -- the fixes from the
# first two sets had moved it by one message (33 with the rules of 6d09ca4). After fixes from its
# misses (regional negators and vote verbs, exclusion phrases, ballot numbers 4-9, inflected
# stereotypes, chain wording): 52 and 2.
# redteam_set4.jsonl: 150 more by a fourth blind helper. Blind, it measured the whole session:
# 31 of 60 flagged and 8 of 80 misflagged with the rules of 6d09ca4, 35 and 6 with ed904b8, 45 and
# 6 with c60fdd1 (after the set-3 fixes). After fixes from its own misses: 53 and 4; the pins
# below are the counts after the last round over all four sets.
# redteam_set5.jsonl: a fifth blind helper. Blind: 27 of 60 flagged, 8 of 80 misflagged with the
# rules of 6d09ca4; 36 and 9 with 30dcb11 (after four rounds). After fixes from it: 51 and 6.
# redteam_set6.jsonl: a sixth blind helper. Blind: 24 of 60 flagged, 6 of 80 misflagged with the
# rules of 6d09ca4; 39 and 7 with 860c859 (after five rounds). After fixes from it (exclusion calls,
# comma lists closed by ', atau'): 51 and 5.
# redteam_set7.jsonl: a seventh blind helper. Blind: 24 of 60 flagged, 8 of 80 misflagged with the
# rules of 6d09ca4; 43 and 9 with c3590fa (after six rounds). After fixes from it: 49 and 6.
# Then counter-signal rules (debunks, appeals for blood or disaster relief) cut misflags on all
# sets; the pins are the counts after that.
# redteam_set8.jsonl: an eighth blind helper. Blind: 27 of 60 flagged, 5 of 80 misflagged with the
# rules of 6d09ca4; 40 and 5 with a8f9974. After fixes from its misses: 52 and 5.
# redteam_set9.jsonl: a ninth blind helper. Blind: 27 of 60 flagged, 7 of 80 misflagged with the
# rules of 6d09ca4; 47 and 5 with 7d581a6. After fixes from its misses: 54 and 2.
# redteam_set10.jsonl: a tenth blind helper. Blind: 28 of 60 flagged, 7 of 80 misflagged with the
# rules of 6d09ca4; 43 and 5 with c70db7a. After fixes from its misses: 54 and 4.
# redteam_set11.jsonl: an eleventh blind helper. Blind: 31 of 60 flagged, 7 of 80 misflagged with
# the rules of 6d09ca4; 50 and 7 with 6b86f07. Held out until the round below.
# redteam_set12.jsonl (office and village WhatsApp groups, Pilkada, regional languages) and
# redteam_set13.jsonl (social-media captions, threads and comments): two more blind helpers,
# held out too. Blind with the rules of 5c4c9ff: set 12 48 of 60 flagged, 6 of 80 misflagged
# (37 and 7 with the rules of 6d09ca4); set 13 45 and 6 (37 and 7 with 6d09ca4). Then rules were
# fixed from the misses of sets 11-13 (vote verbs next to things picked by number, "kursi bupati",
# passive threats against "kafir", exclusion in Sundanese and Minang, prize-fee scams, #CoblosNo1,
# scam and debunk counter-signals): 50 and 5, 54 and 3, 49 and 2.
# redteam_set14.jsonl (family, religious and regional groups; the legislative race) and
# redteam_set15.jsonl (ASN workplace groups): two more blind helpers, held out. Blind with the
# rules after that round: set 14 47 of 60 flagged, 2 of 80 misflagged (47 and 4 with 08fb2cc, 39
# and 5 with 6d09ca4); set 15 44 and 7 (43 and 8 with 08fb2cc, 35 and 7 with 6d09ca4).
# Then rules were fixed from the misses of sets 14 and 15 (a bare "pilih nomor 3" needs an
# election word nearby; "kaum sebelah", "amber", "obet"; exclusion by "geser mereka", "jang kasih
# masuk", "tidak boleh buka usaha"; "pulang sana"; family PKI smears; up-front transfer scams):
# 55 and 2, 48 and 5. The one pin that went down: set 13 lost the spaced-out "P I L I H N O M O R
# 1 ... A M I N" (no election word but "amin", also a prayer) while a poll stopped being misflagged.
# redteam_set16.jsonl (buried, quoted, sarcastic and poll-shaped forwards) and redteam_set17.jsonl
# (Pilkada across provinces and languages): two more blind helpers, held out. Blind with the rules
# after that round: set 16 53 of 60 flagged, 5 of 80 misflagged (52 and 5 with 50f9d56, 46 and 6
# with 6d09ca4); set 17 47 and 3 (48 and 4 with 50f9d56, 38 and 5 with 6d09ca4). Then rules were
# fixed from their misses (word numbers such as "nomer loro"; voting "di aula" is the act; a
# raffle "coblos kupon" is no vote buying; Manado, Balinese and Papuan exclusion words; "pulang
# ke negerinya"; apk files further from "silakan dibuka"; URLs next to a lure; fake ".gov-id"
# domains; "media mainstream bungkam"; "tidak dipungut biaya" and "apk berkedok" mark warnings):
# 56 and 3, 54 and 1.
# redteam_set18.jsonl (senders outside the office: campaign teams, village heads, sermons) and
# redteam_set19.jsonl (hoaxes, scams and comment sections): two more blind helpers, held out.
# Blind with the rules after that round: set 18 48 of 60 flagged, 5 of 80 misflagged (4 of them
# jangan; 41 and 9 with 6d09ca4); set 19 50 and 1 (39 and 4 with 6d09ca4), and one news item
# scored jangan: a fact check of an edited photo of a candidate ("foto Ganjar memakai atribut
# partai lain merupakan hasil suntingan"). Then rules were fixed from their misses (counter-signals
# for contests and votes at school, and for fact checks, in politik and sara; the exclusion
# window from 8 to 12 tokens; letters spaced with " - " gaps; "jangan pernah kasih jabatan";
# "9 naga"; up-front "DP" and "ditransfer dulu"; "grup RT sebelah"): 56 and 3, 58 and 0.
# redteam_set20.jsonl (election day and after, minority communities) and redteam_set21.jsonl
# (one-liners and very long texts): two more blind helpers, held out. Blind with the rules after
# that round: set 20 47 of 60 flagged, 1 of 80 misflagged (47 and 1 with 60c4558, 36 and 5 with
# 6d09ca4); set 21 50 and 7 (51 and 7 with 60c4558, 39 and 10 with 6d09ca4), and one news item
# scored jangan ("KPU tetapkan Prabowo-Gibran presiden & wapres terpilih"). Then rules were fixed
# from their misses (poll questions "no 10 atau no 7?", "presiden terpilih", "sekali putaran",
# "coblos AMIN"; "kafir harus keluar", burial and worship exclusion, "salibis", "mending balik
# ke"; chain targets "ke 12 saudara", hearsay "sy yg kerja di", "belum ada beritanya", prize fees
# named first, "dijamin lulus", "sisanya setelah SK terbit", "transfer Rp" with a job lure,
# "daftar bansos", apk "update"; "sebarkan kebaikan" and "marak modus" are not chain wording):
# 57 and 0, 56 and 6.
# redteam_set22.jsonl (a cross-section of one week's messages) and redteam_set23.jsonl (older and
# younger writers, filter dodging): two more blind helpers, held out. Blind with the rules after
# that round: set 22 52 of 60 flagged, 0 of 80 misflagged (52 and 0 with fa4d997, 40 and 3 with
# 6d09ca4); set 23 44 and 4 (44 and 4 with fa4d997, 37 and 8 with 6d09ca4). One of set 23's
# misflags (a photo contest, "Yuk dukung jagoanmu", scored 100) showed that the three call rules
# counted one call twice; they now share the "ajakan" tier. That message went from jangan to
# hati-hati and stays misflagged, so the held-out counts did not move. Two more of its misses
# ("kulitnya kyk 🐒", "org 🇨🇳 itu licik semua 🐍") led to animal emoji read as their words: set 23
# then flags 45, so it is no longer a clean held-out set; its blind figure is the one above.
# redteam_set24.jsonl (ASN offices on Java, Sumatra and Kalimantan; neutrality reminders as
# ordinary messages) and redteam_set25.jsonl (everyday mix; SARA through pronouns and
# euphemisms): two more blind helpers, held out with set 22. Blind with the rules of d2a8e49:
# set 24 48 of 60 flagged, 8 of 80 misflagged (4 jangan), one news item scored jangan (48 and 8
# with c0aecd8, 41 and 11 with 6d09ca4); set 25 45 and 4 (45 and 4 with c0aecd8, 35 and 5 with
# 6d09ca4). Then rules were fixed from their misses, mostly ordinary messages scored jangan:
# counter-signals for neutrality enforcement news and reminders ("Bawaslu memanggil", "sanksi
# disiplin", "ASN kudu netral") and for promos and finalist votes; "pilih yang mana?"; studies of
# the "cebong/kadrun" labels; scam warnings ("hampir pasti penipuan", "ada oknum"); plus "tolak
# gereja", "tempat ibadah mereka", "ogah nyewain ke", "ga bisa dipercaya", "anak cucu PKI",
# "setor KTP" to a candidate, Javanese and Sundanese chain wording, fee-for-uniform job scams:
# 52 and 4, 52 and 3.
# redteam_set26.jsonl (two weeks before a regional election, everywhere) and redteam_set27.jsonl
# (the 2024 presidential and legislative season): two more blind helpers, held out with set 22.
# Blind with the rules of 1f56d4a: set 26 48 of 60 flagged, 8 of 80 misflagged, none jangan (48
# and 8 with one jangan and one news item jangan with e76e8f0; 38 and 8 with 6d09ca4); set 27 51
# and 3, all three jangan, and one news item scored jangan (51 and 3 with e76e8f0; 41 and 3 with
# 6d09ca4).
# Then rules were fixed from the misses of sets 22, 26 and 27 (address and room numbers such as
# "RT 03", "pilih nomor berapa?", ballot instructions "coblos satu kali", enforcement news with
# "Bawaslu Kota memeriksa", "tata cara mencoblos", product variants and instalments, "KTP
# pendukung", twibbons, "mendukung penuh", "pemuja setan", "pendirian gereja", deportation,
# deposits and registration fees up front, "daftar lewat link", lost pets): 53 and 0, 54 and 7,
# 52 and 2.
# redteam_set28.jsonl (an ordinary month of a Pilkada year), redteam_set29.jsonl (eastern and
# outer Indonesia, local Malay varieties) and redteam_set30.jsonl (central and provincial
# agencies): three more blind helpers, held out. Blind with the rules after that round: set 28
# 49 of 60 flagged, 4 of 80 misflagged (2 jangan); set 29 41 and 1; set 30 53 and 6 (2 jangan).
# The rules of eb17268 score the same; the rules at the start of that day (f0a901b) 45 and 6 (4
# jangan), 41 and 2 (1 jangan), 51 and 7 (4 jangan).
# redteam_set31.jsonl (family and neighbourhood groups in Sumatra, Kalimantan and Sulawesi),
# redteam_set32.jsonl (civil-service workplaces and social media in Java, Bali, NTT and Papua) and
# redteam_set33.jsonl (a generic mix): three more blind helpers. Blind with the rules of 7a6b9d5:
# set 31 51 of 60 flagged, 5 of 80 misflagged (3 jangan); set 32 45 and 5 (1 jangan); set 33 53
# and 3 (none jangan). Rules were then fixed from their misses: a ballot number further from the
# verb ("dukung penuh Bapak X – Y nomor urut 2"), veiled number hints, "ayo kita menangkan" after
# a named candidate, "nyoblos nomer siji" and Javanese "ojo lali", "gemoy menang" and "01 di
# hati", the imperative "usir" with the group named earlier, the 1998 riots as a threat, phishing
# for "penerima BLT … untuk pencairan", Javanese chain wording, "dihapus dari semua media", and a
# counter-signal for messages that reject a provocation ("itu provokasi", "jangan terprovokasi"),
# "ratakan" a house of worship, votes as "balas budi" for gifts, "pilih satu buat kau", Greek
# capitals read as capitals ("Ρaslon Νο 2"), spaced-out words ("C O B L O S   N O   1"): 57 and
# 2, 57 and 5, 59 and 3. Sets 28, 29 and 30 stayed held out: 50 and 4, 42 and 1, 54 and 6.
# redteam_set34.jsonl (the last two weeks before a Pilkada vote in Jakarta, Banten, West Java and
# Lampung), redteam_set35.jsonl (villages, fishermen, migrant workers in East Java, Madura, NTB
# and Maluku) and redteam_set36.jsonl (young ASN on social media, heavy slang and obfuscation):
# three more blind helpers, written while that round was being made and never read, held out.
# With the rules of 7a6b9d5: 41 and 3, 47 and 5, 46 and 3 (one jangan each); after the round: 45
# and 3, 49 and 4, 48 and 3 (one jangan each). Set 35 then left the held-out sets: a spaced-letter
# change ("C O B L O S   N O   1") first joined "1 — H" after "N O M O R" in one of its messages
# and was narrowed because of it.
# redteam_set37.jsonl (after the vote: disputes, the Constitutional Court, celebrations; Sumatra
# and West Kalimantan), redteam_set38.jsonl (religious community groups, Aceh's local parties) and
# redteam_set39.jsonl (aid, bansos and scams aimed at ASN): three more blind helpers. Blind with
# the rules of 06e7996: 41 of 60 flagged and 2 of 80 misflagged; 47 and 5 (1 jangan, one news
# item jangan); 45 and 1 (one news item jangan). Rules were then fixed from their misses: Malay
# "halau" and "Cine", "hajar aja", "sarang aseng", sweeping insults with "semua" ("Bodoh semua",
# "semua tukang …"), "para mata sipit", "jangan mau bertetangga/dilayani", "jangan ada yang jual",
# "gak usah dapat", Javanese "ngedol", "pulang kau ke pulaumu", "pribumi bangkit, rebut kembali",
# "wajib seiman"; "#TetapNomor2", "nyoblos nomer siji" and "coblos yang gambar Pak …" as calls
# on their own, "mengarahkan keluarga memilih … nomor urut 1", Minang "mamiliah", "pilih partai
# kita", "berpose tiga jari", "posko relawan", PSU as election context, "ingat jasa beliau";
# scams with "setor dulu", "kirim DP", honor and haji bait, "jalur khusus", "unduh sebelum
# ditarik", "kirim ke 13 grup", "kalau diabaikan, musibah", "bagikan ke ibu-ibu", "terpilih
# menerima", "bayar biaya admin", Javanese "ndaftar lewat link", "diinstal" APKs, "pemerintah
# sengaja diam"; news of several camps' teams and "dugaan pembagian" as counter-signals: 54 and 2,
# 57 and 5, 53 and 1, no news item jangan.
# redteam_set40.jsonl (an ordinary October across many group chats) and redteam_set41.jsonl (the
# shapes messages come in: one-liners, essays, comment threads, captions, polls), written in
# parallel and never read, held out. With the rules of 06e7996: 53 and 4 (1 jangan), 52 and 6 (3
# jangan, one news item jangan); after the round: 54 and 4, 52 and 6.
# redteam_set42.jsonl (legislators, village heads, unions; Central Java, Yogyakarta, NTT, South
# Kalimantan), redteam_set43.jsonl (conflict-prone areas and minorities) and redteam_set44.jsonl
# (messages built to slip past filters): blind with the rules of a652449, 52 and 1, 49 and 4 (2
# jangan), 50 and 2. Fixed from their misses: veiled "tahu kan harus pilih siapa", "jangan salah
# tusuk", party symbols on the ballot ("coblos kepala banteng"), "merahkan TPS", Sundanese "milih
# nomer hiji", "nomor 1 di Pilwako", "ikut tim sukses", "Wong Jowo kudu milih wong Jowo", "orang
# sipit", "para onta", "jangan lagi dikasih", "putus pertemanan", "sikat habis", "pulang sudah ke
# kampung kalian", "balik ke hutan", Ambonese "Sarane", reports of racism punished as a counter-
# signal, "polisi ngak mau ekspos", "cek NIP di link", a boss's "WA baru" asking for a transfer,
# job bait "tanpa tes"; "kapten nomor 2" is not a ballot; letters joined by dashes end a word at a
# plain space ("d-u-a j-a-r-i"): 58 and 1, 55 and 2, 56 and 2. Held-out sets 28, 29, 30 and 34
# gained 1, 1, 1 and 2 risky messages from this round, with no new misflag.
# redteam_set45.jsonl (one kabupaten government's groups during the campaign) and
# redteam_set46.jsonl (the national picture), written in parallel and never read, held out:
# with the rules of a652449 48 and 2, 51 and 1 (1 jangan); after the round the same.
# redteam_set47.jsonl (stereotypes voiced casually, identity campaigning), redteam_set48.jsonl
# (vote buying and mobilisation in disguise) and redteam_set49.jsonl (hoaxes and scams aimed at
# civil servants): blind with the rules of fc1b52d, 43 and 0, 44 and 3, 44 and 4 (2 jangan).
# Fixed from their misses: sweeping traits ("… semua/kabeh", "orang X itu malas", "memang tukang
# tipu", "jago ngakalin", "ra iso dipercoyo", "watak sukunya"), "kaum itu", "darah kotor", "kaum
# pemakan babi", "buang aja mereka", "jangan biarkan mereka bangun …", Sundanese "tong dibere",
# "pulangkan ke kampungnya", "tanah ini milik umat kita", "jangan pilih kafir", "bubarkan
# ibadahnya", "lawan mereka"; collecting votes ("bawa 5 suara keluarga buat … nomor 3"),
# "nomor 3 harus menang", "AMIN menang", candidate pairs as one name (also in hashtags), "upload
# konten kampanye", "spanduk dukungan", "cblos", "ngerti lah harus pilih siapa", "bilik" as
# election context; investment fraud ("profit 10% per hari, dijamin pemerintah"), "siapkan biaya
# admin", "jangan tanya sumbernya", "pokoknya share", "diteruskan ke minimal 10 grup", "BMKG
# menutupi"; counter-signals for "mencegah serangan fajar" and "pemilihan ketua panitia": 52 and
# 0, 55 and 2, 55 and 3. Dropped after checking 143,726 texts: "agamanya"/"sukunya" and "bercadar"
# as group terms, "dasar penipu", "diblokir" and a bare "com" near bait, "bunga" as profit.
# redteam_set50.jsonl (a campaign month seen from a provincial capital) and redteam_set51.jsonl
# (older writers and first-time voters), written in parallel and never read, held out: with the
# rules of fc1b52d 56 and 4, 50 and 2; after the round 56 and 4, 51 and 2.
# Only a new blind set measures again.
# Round 5 (session 12), rules of cbf193e. Written blind and in parallel: redteam_set52.jsonl
# (family and neighbourhood groups, regional languages), redteam_set53.jsonl (ASN at work, Pilkada
# and Pilkades), redteam_set54.jsonl (Instagram/TikTok/X comments) as development sets: 56 and 8,
# 52 and 6, 47 and 2 before; 57 and 1, 56 and 2, 56 and 0 after. Fixed from them: food and
# cosmetics picked by number ("nomor 2 nasi kuning", "pilih nasi padang nomor 3"), "dukung … jd
# wali kota", gifts for coming to a rally, "pengundian nomor urut", a training memo that lists
# violations, the monkey slur (🐒) at Papuans and black people, "orang item keriting", "darah
# PKI"/"cucu Gerwani", "98 jilid 2", "tolak aja" a group, "simpan dan sebar", "beritanya udh
# di-takedown", "WhatsApp jadi berbayar", the boss's new number asking for a transfer, "deposit
# dulu", DANA/OVO bait, government names on free hosts; debunk and warning markers ("pesan
# tersebut hoaks", "menegaskan itu tidak benar", "itu scam", "jangan ketipu", "mengatasnamakan").
# redteam_set55.jsonl (an election-season week) and redteam_set56.jsonl (long forwarded texts),
# never read, held out: 51 and 3, 50 and 9 before; 51 and 3, 50 and 7 after. Older held-out sets
# 34, 40 and 41 gained a message each and 40, 41 lost 1 and 3 misflags. Set 50 left the held-out
# sets: the new food words first cost one of its messages, and the span that did it ("pilih mi")
# made me drop "mi" (a Makassar particle, also "noodles") from the list.
# Round 6 (session 12), rules of 9015f4d, sets written blind and in parallel:
# redteam_set57.jsonl (Sumatra and Kalimantan Pilkada, Malay/Minang/Banjar/Batak),
# redteam_set58.jsonl (eastern Indonesia, Ambon/Manado/Papua/Kupang Malay), redteam_set59.jsonl
# (voices of authority: memos, sermons, endorsements) as development sets: 47 and 1, 48 and 4,
# 54 and 4 before; 55 and 0, 55 and 1, 59 and 0 after. Fixed from them: a recommendation to vote
# ("menyarankan memilih … no. 1"), "dicoblos"/"surat suara" near gifts, "01|02|03 menang",
# "koordinasi pemenangan", news of a candidate "didampingi tim pemenangan"; "jadi tamu di negeri
# sendiri", "bersihkan (lagi) kampung", "dibersihkan dari yang bukan seiman", Ambonese "jang kase
# dong masuk", Minang "jan diagiah", "kaum salib", "memang PKI", "negeri ini milik pribumi",
# "penghisap darah"; earthquake forecasts (BMKG: not predictable), "kata ahli dari Jepang", "info
# orng dalam", "jang tanya sumber", "tlg sebarin", "sebar sebelum", "sebar cepat", "kirim ke
# samua", "tutup-tutupi", "transfer admin", a fake memo collecting money to a private account;
# counters for a lost child, "jangan ikut menyebarkan", "adalah palsu", "tidak bisa diprediksi",
# "potongan film", "bukan kejadian nyata"; institutions named after a place ("Pemprov Papua")
# are not a group; doorprize coupons and pageant finalists are numbered. The matcher: a word with
# letters and digits ("kafir2") also matches the token's key, so "k4f1r2" finds it (SPEC §4.1).
# redteam_set60.jsonl (masa tenang to quick count) and redteam_set61.jsonl (after the
# election), never read, held out: 51 and 1, 50 and 4 before and after. Older held-out sets 41,
# 45, 55 and 56 gained 1, 1, 0 and 2 risky messages; 55 lost a misflag.
PINS = {
    "redteam.jsonl": (36, 7),
    "redteam_blind.jsonl": (52, 3),
    "redteam_set3.jsonl": (59, 0),
    "redteam_set4.jsonl": (57, 0),
    "redteam_set5.jsonl": (54, 1),
    "redteam_set6.jsonl": (54, 3),
    "redteam_set7.jsonl": (53, 3),
    "redteam_set8.jsonl": (53, 4),
    "redteam_set9.jsonl": (55, 2),
    "redteam_set10.jsonl": (56, 3),
    "redteam_set11.jsonl": (54, 4),
    "redteam_set12.jsonl": (55, 1),
    "redteam_set13.jsonl": (51, 1),
    "redteam_set14.jsonl": (56, 1),
    "redteam_set15.jsonl": (53, 2),
    "redteam_set16.jsonl": (56, 2),
    "redteam_set17.jsonl": (54, 1),
    "redteam_set18.jsonl": (56, 3),
    "redteam_set19.jsonl": (58, 0),
    "redteam_set20.jsonl": (58, 0),
    "redteam_set21.jsonl": (57, 6),
    "redteam_set22.jsonl": (53, 0),
    "redteam_set23.jsonl": (47, 2),
    "redteam_set24.jsonl": (56, 2),
    "redteam_set25.jsonl": (53, 2),
    "redteam_set26.jsonl": (56, 7),
    "redteam_set27.jsonl": (55, 1),
    "redteam_set28.jsonl": (50, 4),
    "redteam_set29.jsonl": (44, 1),
    "redteam_set30.jsonl": (55, 6),
    "redteam_set31.jsonl": (58, 2),
    "redteam_set32.jsonl": (57, 4),
    "redteam_set33.jsonl": (59, 3),
    "redteam_set34.jsonl": (48, 3),
    "redteam_set35.jsonl": (50, 3),
    "redteam_set36.jsonl": (48, 3),
    "redteam_set37.jsonl": (54, 2),
    "redteam_set38.jsonl": (57, 5),
    "redteam_set39.jsonl": (53, 1),
    "redteam_set40.jsonl": (55, 3),
    "redteam_set41.jsonl": (54, 3),
    "redteam_set42.jsonl": (58, 1),
    "redteam_set43.jsonl": (56, 2),
    "redteam_set44.jsonl": (57, 2),
    "redteam_set45.jsonl": (49, 2),
    "redteam_set46.jsonl": (51, 1),
    "redteam_set47.jsonl": (52, 0),
    "redteam_set48.jsonl": (55, 2),
    "redteam_set49.jsonl": (56, 1),
    "redteam_set50.jsonl": (56, 4),
    "redteam_set51.jsonl": (51, 2),
    "redteam_set52.jsonl": (57, 1),
    "redteam_set53.jsonl": (56, 2),
    "redteam_set54.jsonl": (56, 0),
    "redteam_set55.jsonl": (51, 2),
    "redteam_set56.jsonl": (52, 7),
    "redteam_set57.jsonl": (55, 0),
    "redteam_set58.jsonl": (55, 1),
    "redteam_set59.jsonl": (59, 0),
    "redteam_set60.jsonl": (51, 1),
    "redteam_set61.jsonl": (50, 4),
}
# News items scored jangan that a held-out set recorded (0 for every other set; only goes down).
# Sets 19 and 21 each had one; both were fixed once the sets became development sets.
TOO_STRONG_MAX: dict[str, int] = {"redteam_set41.jsonl": 1, "redteam_set56.jsonl": 1}


SETS = redteam_sets()


def rows(name: str) -> list[dict[str, Any]]:
    return SETS[name]


def outcome(name: str) -> dict[str, list[str]]:
    """Ids per outcome: risky flagged/missed, ordinary misflagged, news scored jangan."""
    out: dict[str, list[str]] = {"flagged": [], "missed": [], "misflagged": [], "too_strong": []}
    for row in rows(name):
        level = checker.check(row["text"])["level"]
        if row["expect"] == "flag":
            out["flagged" if level != "aman" else "missed"].append(row["id"])
        elif row["expect"] == "aman" and level != "aman":
            out["misflagged"].append(row["id"])
        elif row["expect"] == "hati-hati-ok" and level == "jangan":
            out["too_strong"].append(row["id"])
    return out


@pytest.mark.parametrize("name", sorted(PINS))
def test_redteam_set_is_well_formed(name: str) -> None:
    data = rows(name)
    assert len({r["id"] for r in data}) == len(data)
    assert {r["expect"] for r in data} <= {"flag", "aman", "hati-hati-ok"}
    assert sum(r["expect"] == "flag" for r in data) >= 30
    assert sum(r["expect"] != "flag" for r in data) >= 60


@pytest.mark.parametrize("name", sorted(PINS))
def test_redteam_counts_never_get_worse(name: str) -> None:
    flagged_min, misflagged_max = PINS[name]
    got = outcome(name)
    assert len(got["flagged"]) >= flagged_min, got["missed"]
    assert len(got["misflagged"]) <= misflagged_max, got["misflagged"]
    assert len(got["too_strong"]) <= TOO_STRONG_MAX.get(name, 0), got["too_strong"]


def test_every_shipped_set_is_pinned() -> None:
    assert set(SETS) == set(PINS)
    assert HELD_OUT <= set(PINS)
    assert set(TOO_STRONG_MAX) <= HELD_OUT  # a development set gets its news items fixed
