// Records written in languages other than English, in our own words, for the tests of how docket
// treats prose its review rules cannot read. Each is long enough (40 words or more) to tell.

export const GERMAN_NYGARD = `# 4. Ereignisse in Kafka speichern

Date: 2026-03-02

## Status

Accepted

## Kontext

Der Bestelldienst schreibt jede Änderung in eine eigene Tabelle. Andere Teams lesen diese Tabelle direkt aus, und deshalb braucht jede Schemaänderung eine gemeinsame Auslieferung. Das ist für uns nicht mehr tragbar.

## Entscheidung

Wir veröffentlichen jede Änderung als Ereignis auf einem Kafka-Topic. Andere Teams lesen künftig nur das Topic und nicht mehr die Tabelle.

## Konsequenzen

* Gut, weil Schemaänderungen ohne Absprache möglich sind.
* Schlecht, weil wir einen Kafka-Cluster betreiben müssen.
`;

export const FRENCH_MADR = `---
status: proposed
date: 2026-04-11
---
# Stocker les événements dans Kafka

## Contexte et problème

Le service de commandes écrit chaque modification dans sa propre table. Les autres équipes lisent cette table directement, donc chaque changement de schéma demande une livraison commune. Ce n'est plus tenable pour nous.

## Options envisagées

* Publier les événements dans Kafka
* Garder la table partagée

## Résultat de la décision

Option choisie : « Publier les événements dans Kafka », parce que les autres équipes ne dépendent plus du schéma de la table.
`;

export const POLISH_LOG4BRAINS = `# Przechowywanie zdarzeń w Kafce

- Status: accepted
- Date: 2026-05-20

## Kontekst

Serwis zamówień zapisuje każdą zmianę w swojej tabeli. Inne zespoły czytają tę tabelę bezpośrednio, więc każda zmiana schematu wymaga wspólnego wydania. To jest dla nas zbyt kosztowne i nie chcemy tego dalej utrzymywać.

## Decyzja

Publikujemy każdą zmianę jako zdarzenie w temacie Kafki. Inne zespoły od teraz czytają tylko temat, a nie tabelę.
`;

export const RUSSIAN_NYGARD = `# 7. Хранить события в Kafka

## Status

Accepted

## Контекст

Сервис заказов записывает каждое изменение в свою таблицу. Другие команды читают эту таблицу напрямую, поэтому каждое изменение схемы требует совместного релиза. Для нас это больше не приемлемо, и мы хотим это изменить как можно скорее.

## Решение

Мы публикуем каждое изменение как событие в топике Kafka. Другие команды теперь читают только топик, а не таблицу.
`;

/** Paragraphs in more languages, for the detector itself. */
export const OTHER_LANGUAGE_PARAGRAPHS: Record<string, string> = {
  Dutch:
    'De bestelservice schrijft elke wijziging naar een eigen tabel. Andere teams lezen die tabel rechtstreeks uit, waardoor elke schemawijziging een gezamenlijke release vraagt. Dat is voor ons niet langer houdbaar. Wij publiceren elke wijziging als gebeurtenis op een Kafka-topic. Andere teams lezen voortaan alleen het topic en nooit meer de tabel.',
  Spanish:
    'El servicio de pedidos escribe cada cambio en su propia tabla. Los otros equipos leen esa tabla directamente, por lo que cada cambio de esquema necesita una entrega conjunta. Esto ya no es sostenible para nosotros. Publicamos cada cambio como un evento en Kafka. Los otros equipos leen a partir de ahora solo el topic y nunca la tabla.',
  Portuguese:
    'O serviço de pedidos escreve cada alteração na sua própria tabela. As outras equipas leem essa tabela diretamente, por isso cada mudança de esquema precisa de uma entrega conjunta. Isto já não é sustentável para nós. Publicamos cada alteração como um evento no Kafka. As outras equipas passam a ler apenas o tópico e nunca a tabela.',
  Italian:
    'Il servizio ordini scrive ogni modifica nella propria tabella. Gli altri team leggono quella tabella direttamente, quindi ogni modifica dello schema richiede un rilascio comune. Per noi questo non è più sostenibile. Pubblichiamo ogni modifica come evento su un topic Kafka. Gli altri team leggono da ora in poi solo il topic e non più la tabella.',
  Greek:
    'Η υπηρεσία παραγγελιών γράφει κάθε αλλαγή στον δικό της πίνακα. Οι άλλες ομάδες διαβάζουν αυτόν τον πίνακα απευθείας, οπότε κάθε αλλαγή σχήματος χρειάζεται κοινή έκδοση. Αυτό δεν είναι πλέον βιώσιμο για εμάς. Δημοσιεύουμε κάθε αλλαγή ως γεγονός στο Kafka. Οι άλλες ομάδες διαβάζουν από τώρα μόνο το θέμα και ποτέ τον πίνακα.',
};
