"""sources.yml: the shipped file is valid and real; bad files name the file, source and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.cli import main
from scraper.config import SourceConfigError, load_config


def test_shipped_sources_are_many_real_and_unique() -> None:
    config = load_config()
    assert len(config.sources) >= 30
    ids = [s.id for s in config.sources]
    assert len(ids) == len(set(ids))
    for source in config.sources:
        url = source.feed or source.index or source.sitemap
        assert url and url.startswith("https://") and "example" not in url, source.id
    wanted = {"pemkab-batang", "pemkot-pekalongan", "pemkot-batu", "pemkab-banyuasin",
              "pemprov-jateng", "pemprov-sumsel", "bkn", "kemenpan-rb", "bawaslu-ri",
              "radar-pekalongan", "tribun-sumsel"}
    assert wanted <= set(ids)
    assert "http" in config.defaults.user_agent


def test_shipped_regions_exist_in_the_registry() -> None:
    from scraper.regions import lookup

    for source in load_config().sources:
        if source.region:
            place = lookup(source.region, source.province)
            assert place and place.region == source.region, source.id
            assert place.province == source.province, source.id


BAD = [
    ("sources:\n  - id: Pemkab Batang\n    name: x\n    feed: https://a.go.id/feed\n",
     ["#1", "'id'"]),
    ("sources:\n  - id: pemkab-x\n    name: x\n", ["pemkab-x", "'feed'"]),
    ("sources:\n  - id: pemkab-x\n    name: x\n    feed: ftp://a.go.id/feed\n",
     ["pemkab-x", "'feed'"]),
    ("sources:\n  - id: pemkab-x\n    feed: https://a.go.id/feed\n", ["pemkab-x", "'name'"]),
    ("sources:\n  - id: pemkab-x\n    name: x\n    feed: https://a.go.id/f\n    delay: -1\n",
     ["pemkab-x", "'delay'"]),
    ("sources:\n  - id: pemkab-x\n    name: x\n    feed: https://a.go.id/f\n"
     "    selectors: {judul: h1}\n", ["pemkab-x", "'selectors.judul'"]),
    ("defaults: {timeout: lama}\nsources: []\n", ["defaults", "'timeout'"]),
    ("sources:\n  - id: a\n    name: x\n    feed: https://a.go.id/f\n"
     "  - id: a\n    name: y\n    feed: https://b.go.id/f\n", ["'a'", "'id'"]),
    ("sources: [\n  {id: x\n", ["YAML rusak"]),
]


@pytest.mark.parametrize("text,needles", BAD)
def test_bad_files_name_file_source_and_field(tmp_path: Path, text: str,
                                              needles: list[str]) -> None:
    path = tmp_path / "sumber.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message
    for needle in needles:
        assert needle in message


def test_cli_exits_2_on_malformed_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sumber.yml"
    path.write_text("sources:\n  - id: pemkab-x\n    name: x\n", encoding="utf-8")
    assert main(["--sources", str(path), "--corpus", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert "sumber.yml" in err and "pemkab-x" in err and "feed" in err
    assert not (tmp_path / "c" / "articles").exists()


def test_cli_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "contoh:" in out and "netral scrape --source" in out and "kode keluar" in out


def test_cli_exits_2_on_unknown_source_and_bad_delay(tmp_path: Path) -> None:
    assert main(["--source", "tidak-ada", "--corpus", str(tmp_path)]) == 2
    assert main(["--delay", "-1", "--corpus", str(tmp_path)]) == 2
