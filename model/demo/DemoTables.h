#pragma once

#include <QStringView>

#include <array>
#include <span>

// The demo data's vocabulary: French names, communes with their INSEE codes, countries of birth,
// secret questions and unlock reasons. Constant tables only; DemoDataGenerator draws from them.
namespace DemoTables {

struct Place
{
    QStringView department; // "75", "2A", "971", "99"
    QStringView commune; // 3 digits; 2 overseas; the INSEE country code abroad
    QStringView name;
};

// clang-format off
// Mainland, Corsican and overseas communes with their INSEE codes; countries of birth.
constexpr Place Mainland[] = {{u"75", u"114", u"Paris"}, {u"75", u"115", u"Paris"}, {u"75", u"112", u"Paris"},
    {u"13", u"055", u"Marseille"}, {u"69", u"123", u"Lyon"}, {u"31", u"555", u"Toulouse"}, {u"06", u"088", u"Nice"},
    {u"44", u"109", u"Nantes"}, {u"67", u"482", u"Strasbourg"}, {u"34", u"172", u"Montpellier"},
    {u"33", u"063", u"Bordeaux"}, {u"59", u"350", u"Lille"}, {u"35", u"238", u"Rennes"}, {u"51", u"454", u"Reims"},
    {u"76", u"351", u"Le Havre"}, {u"42", u"218", u"Saint-Étienne"}, {u"83", u"137", u"Toulon"},
    {u"38", u"185", u"Grenoble"}, {u"21", u"231", u"Dijon"}, {u"49", u"007", u"Angers"}, {u"30", u"189", u"Nîmes"},
    {u"63", u"113", u"Clermont-Ferrand"}, {u"72", u"181", u"Le Mans"}, {u"29", u"019", u"Brest"},
    {u"37", u"261", u"Tours"}, {u"80", u"021", u"Amiens"}, {u"87", u"085", u"Limoges"}, {u"57", u"463", u"Metz"},
    {u"25", u"056", u"Besançon"}, {u"66", u"136", u"Perpignan"}, {u"45", u"234", u"Orléans"}, {u"14", u"118", u"Caen"},
    {u"68", u"224", u"Mulhouse"}, {u"54", u"395", u"Nancy"}, {u"64", u"445", u"Pau"}, {u"64", u"102", u"Bayonne"},
    {u"86", u"194", u"Poitiers"}, {u"17", u"300", u"La Rochelle"}, {u"17", u"347", u"Saint-Jean-d'Angély"},
    {u"74", u"010", u"Annecy"}, {u"93", u"066", u"Saint-Denis"}, {u"93", u"048", u"Montreuil"},
    {u"92", u"012", u"Boulogne-Billancourt"}, {u"94", u"028", u"Créteil"}, {u"94", u"038", u"L'Haÿ-les-Roses"},
    {u"95", u"018", u"Argenteuil"}, {u"78", u"646", u"Versailles"}, {u"91", u"228", u"Évry"},
    {u"59", u"009", u"Villeneuve-d'Ascq"}, {u"62", u"193", u"Calais"}, {u"88", u"160", u"Épinal"},
    {u"01", u"053", u"Bourg-en-Bresse"}, {u"84", u"007", u"Avignon"}, {u"22", u"278", u"Saint-Brieuc"},
    {u"71", u"076", u"Chalon-sur-Saône"}, {u"05", u"061", u"Gap"}, {u"82", u"121", u"Montauban"}};
constexpr Place Corsica[] = {{u"2A", u"004", u"Ajaccio"}, {u"2A", u"247", u"Porto-Vecchio"}, {u"2B", u"033", u"Bastia"},
    {u"2B", u"096", u"Corte"}, {u"2B", u"134", u"L'Île-Rousse"}};
constexpr Place Overseas[] = {{u"971", u"20", u"Pointe-à-Pitre"}, {u"971", u"05", u"Basse-Terre"},
    {u"972", u"09", u"Fort-de-France"}, {u"972", u"13", u"Le Lamentin"}, {u"973", u"02", u"Cayenne"},
    {u"973", u"04", u"Kourou"}, {u"974", u"11", u"Saint-Denis"}, {u"974", u"16", u"Saint-Pierre"},
    {u"975", u"02", u"Saint-Pierre"}, {u"976", u"11", u"Mamoudzou"}};
constexpr Place Abroad[] = {{u"99", u"352", u"Algérie"}, {u"99", u"350", u"Maroc"}, {u"99", u"351", u"Tunisie"},
    {u"99", u"139", u"Portugal"}, {u"99", u"134", u"Espagne"}, {u"99", u"127", u"Italie"},
    {u"99", u"109", u"Allemagne"}, {u"99", u"131", u"Belgique"}, {u"99", u"132", u"Royaume-Uni"},
    {u"99", u"140", u"Suisse"}, {u"99", u"122", u"Pologne"}, {u"99", u"114", u"Roumanie"}, {u"99", u"341", u"Sénégal"},
    {u"99", u"335", u"Mali"}, {u"99", u"322", u"Cameroun"}, {u"99", u"326", u"Côte d'Ivoire"},
    {u"99", u"208", u"Turquie"}, {u"99", u"216", u"Chine"}, {u"99", u"243", u"Viêt Nam"}, {u"99", u"401", u"Canada"},
    {u"99", u"404", u"États-Unis"}};

constexpr QStringView LastNames[] = {u"Martin", u"Bernard", u"Thomas", u"Petit", u"Robert", u"Richard", u"Durand",
    u"Dubois", u"Moreau", u"Laurent", u"Simon", u"Michel", u"Lefèvre", u"Leroy", u"Roux", u"David", u"Bertrand",
    u"Morel", u"Fournier", u"Girard", u"Bonnet", u"Dupont", u"Lambert", u"Fontaine", u"Rousseau", u"Vincent",
    u"Lefebvre", u"Faure", u"André", u"Mercier", u"Blanc", u"Guérin", u"Boyer", u"Garnier", u"Chevalier", u"François",
    u"Legrand", u"Gauthier", u"Garcia", u"Perrin", u"Robin", u"Clément", u"Morin", u"Henry", u"Roussel", u"Mathieu",
    u"Masson", u"Marchand", u"Duval", u"Denis", u"Dumont", u"Lemaire", u"Noël", u"Meyer", u"Dufour", u"Meunier",
    u"Brun", u"Blanchard", u"Giraud", u"Joly", u"Rivière", u"Lucas", u"Brunet", u"Gaillard", u"Barbier", u"Arnaud",
    u"Gérard", u"Roche", u"Renard", u"Schmitt", u"Leroux", u"Colin", u"Vidal", u"Caron", u"Picard", u"Fabre", u"Aubert",
    u"Lemoine", u"Renaud", u"Dumas", u"Lacroix", u"Bourgeois", u"Benoît", u"Leclerc", u"Payet", u"Rolland", u"Lecomte",
    u"Lopez", u"Dupuy", u"Hubert", u"Berger", u"Carpentier", u"Sanchez", u"Dupuis", u"Moulin", u"Deschamps", u"Huet",
    u"Vasseur", u"Perez", u"Fleury", u"Klein", u"Jacquet", u"Poirier", u"Carré", u"Ménard", u"Maillard", u"Hervé",
    u"Le Gall", u"Léger", u"Bouvier", u"Prévost", u"Le Roux", u"Germain", u"Le Goff", u"Lévêque", u"Barré", u"Lebrun",
    u"Maréchal", u"Lemaître", u"Bénard", u"Barthélemy", u"Hoarau", u"Grondin", u"Étienne", u"Delaunay", u"N'Diaye",
    u"Nguyen", u"Diallo", u"Traoré", u"Benali", u"Haddad", u"Ferreira", u"Dos Santos", u"Da Silva", u"d'Almeida",
    u"D'Souza", u"L'Hôte", u"Le Bihan", u"de La Fontaine", u"Saint-Martin", u"Ould-Ahmed", u"Kerbrat", u"Œuvrard"};
constexpr QStringView MaleNames[] = {u"Jean", u"Pierre", u"Michel", u"André", u"Philippe", u"Alain", u"Bernard",
    u"Jacques", u"Daniel", u"Christian", u"Patrick", u"Gérard", u"René", u"Éric", u"Stéphane", u"Frédéric", u"Thierry",
    u"Laurent", u"Jérôme", u"Sébastien", u"Nicolas", u"Julien", u"François", u"Jean-François", u"Jean-Pierre",
    u"Jean-Luc", u"Jean-Marc", u"Pierre-Yves", u"Loïc", u"Yannick", u"Gaël", u"Hervé", u"Benoît", u"Joël", u"Noël",
    u"Raphaël", u"Mathéo", u"Théo", u"Lucas", u"Hugo", u"Léo", u"Maël", u"Karim", u"Mohamed", u"Youssef", u"Mamadou",
    u"Cédric", u"Grégory", u"Jérémy", u"Thomas", u"Antoine", u"Clément", u"Timothée", u"Aurélien", u"Marcel", u"Émile",
    u"Aimé", u"José", u"João", u"Rémi", u"Kévin", u"Enzo", u"Baptiste", u"Côme", u"Ibrahima", u"Olivier"};
constexpr QStringView FemaleNames[] = {u"Marie", u"Jeanne", u"Françoise", u"Monique", u"Catherine", u"Nathalie",
    u"Isabelle", u"Sylvie", u"Martine", u"Christine", u"Nicole", u"Hélène", u"Valérie", u"Sandrine", u"Véronique",
    u"Céline", u"Aurélie", u"Émilie", u"Élodie", u"Stéphanie", u"Julie", u"Camille", u"Léa", u"Chloé", u"Zoé", u"Inès",
    u"Maëlle", u"Anaïs", u"Océane", u"Manon", u"Clémence", u"Agnès", u"Bérénice", u"Gisèle", u"Thérèse", u"Noémie",
    u"Léonie", u"Maïwenn", u"Marie-Claire", u"Marie-Hélène", u"Anne-Sophie", u"Marie-Thérèse", u"Anne-Laure",
    u"Marie-Noëlle", u"Fatima", u"Aïcha", u"Khadija", u"Fatoumata", u"Aminata", u"Yasmine", u"Salomé", u"Mélanie",
    u"Laëtitia", u"Gaëlle", u"Brigitte", u"Danièle", u"Mireille", u"Geneviève", u"Joséphine", u"Lucie", u"Louise",
    u"Emma"};
constexpr QStringView Domains[] = {u"laposte.net", u"orange.fr", u"gmail.com", u"free.fr", u"sfr.fr", u"wanadoo.fr",
    u"hotmail.fr", u"yahoo.fr"};
constexpr QStringView Questions[] = {u"Quel est le nom de votre premier animal de compagnie ?",
    u"Dans quelle ville avez-vous passé votre enfance ?", u"Quel est le prénom de votre grand-mère maternelle ?",
    u"Quel était le nom de votre école primaire ?"};
constexpr QStringView UnlockReasons[] = {u"Appel du titulaire, identité vérifiée",
    u"Appel du titulaire, identité vérifiée ; mot de passe oublié",
    u"Titulaire rappelé après vérification de son identité",
    u"Erreurs de saisie du titulaire, identité vérifiée par téléphone",
    u"Appel du titulaire, identité vérifiée ; conseils de mot de passe donnés"};
// clang-format on

// Places by category: 0 mainland, 1 Corsica, 2 overseas, 3 abroad.
constexpr std::array<std::span<const Place>, 4> Places{Mainland, Corsica, Overseas, Abroad};
inline std::span<const Place> placeTable(int category)
{
    return Places[static_cast<std::size_t>(category)];
}

} // namespace DemoTables
