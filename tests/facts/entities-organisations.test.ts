// Organisations on unseen news: each decision added for the general evidence behind it
// (structure, context words, word shape), with text that must yield nothing beside it.
// Every sentence here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';

const orgMentions = (text: string): string[] => factsOf(text, 'organisation').flatMap((o) => o.mentions.map((m) => m.text));
const reasonsOf = (text: string, name: string): string =>
  factsOf(text, 'organisation').filter((o) => o.name === name || o.mentions.some((m) => m.text === name)).flatMap((o) => o.mentions.map((m) => m.reason)).join(' ');

// five sentences about games make an article a sport report
const SPORT = 'The match ended 2-1. The goal came late. The coach was pleased. The league title is close. The season ends soon.\n';

describe('organisations found', () => {
  it.each([
    // a body's head and its charge opening a sentence
    ['Ministry of Defence officials said the drill was over.', 'Ministry of Defence', 'org-head-word'],
    ['University of Kelby researchers found the gene.', 'University of Kelby', 'org-head-word'],
    // a second field after "and": two words ending in a plural, or one word and where the body is
    ['He chaired the Federation of Independent Grocers and Food Makers for years.',
      'Federation of Independent Grocers and Food Makers', 'org-head-word'],
    ['The Chamber of Commerce and Industry of Norvale welcomed the cut.', 'Chamber of Commerce and Industry of Norvale',
      'org-head-word'],
    // (a pair the parse guessed to be an organisation is still a field of the body)
    ['The Ministry of Energy and Natural Resources said it would share the data.',
      'Ministry of Energy and Natural Resources', 'org-head-word'],
    // (two words no lexicon holds before "and", none a listed name: one field of a committee)
    ['The Consumer Welfare and Transit Committee met on Tuesday.', 'Consumer Welfare and Transit Committee',
      'org-head-word'],
    ['The Consumer Safety and Transit Committee met on Tuesday.', 'Consumer Safety and Transit Committee',
      'org-head-word'],
    // (or two or three words of a field the lexicon may not hold, none a person's, a place's or a body's head)
    ['A spokeswoman for the Ministry of Tarvian Affairs and Climate Change said no.',
      'Ministry of Tarvian Affairs and Climate Change', 'org-head-word'],
    ['The Ministry of Health and Family Welfare issued the rules.', 'Ministry of Health and Family Welfare',
      'org-head-word'],
    // a firm's name whose first part a hyphen joins to a surname; a court and the district it sits for; a co-operative
    ['The valves are made by Lindkvist-Hoffman GmbH in Kelby.', 'Lindkvist-Hoffman GmbH', 'company-suffix'],
    ['Judge Ann Lee sits on the District Court for the Eastern District of Kelby, which ruled.',
      'District Court for the Eastern District of Kelby', 'org-head-word'],
    ['Shops and the Kelby Hill Milk Co-operative recalled the cheese.', 'Kelby Hill Milk Co-operative',
      'org-head-word'],
    // a trade's noun before a name; a union's branch by its number; a game maker's and a giver's head words
    ['The group also owns the jeweller Tarvetti, it said.', 'Tarvetti', 'org-noun-before'],
    ['The walkout by the Kelby Rail Workers Union Local 12 began on Monday.', 'Kelby Rail Workers Union Local 12',
      'org-head-word'],
    ['Then Brambleholt Interactive signed on as the publisher.', 'Brambleholt Interactive', 'org-head-word'],
    ['Grants come from Kelvane Philanthropies, the studio said.', 'Kelvane Philanthropies', 'org-head-word'],
    // a legal form in capitals after a comma; a carrier or a coachbuilder by its trade
    ['TARNBY GLOVE COMPANY, INC., the plaintiff, sued KELBY CLINIC.', 'TARNBY GLOVE COMPANY, INC.', 'org-head-word'],
    ['Staff recommend a contract with Brightholt Transportation, the board said.', 'Brightholt Transportation',
      'business-kind'],
    // a station and its channel; a club's head word in a results line; a paper named by its kind and a particle
    ['REPORTER: Tove Karn, KTRN News 9. Was anyone hurt?', 'KTRN News 9', 'org-head-word'],
    ['Match report\nTarnby Rovers 2–1 Kelmoor Athletic\nSpeaker: Ann Lee, Head Coach',
      'Kelmoor Athletic', 'org-head-word'],
    ['She writes for Diario de Kelbo, she said.', 'Diario de Kelbo', 'org-head-word'],
    // a level of government opening a body's two fields
    ['Talks resumed once the State Arbitration and Appeals Service stepped in.',
      'State Arbitration and Appeals Service', 'org-head-word'],
    // a legal form's full stop inside brackets is the name's
    ['The deal was announced by the buyer (Tarvik Foods Inc.) on Monday.', 'Tarvik Foods Inc.', 'org-head-word'],
    // parts joined across "and" by an acronym written as a word, of five letters or more
    ['The Kelby Metal and Allied Workers Union (Kemawu) signed a deal.', 'Kelby Metal and Allied Workers Union',
      'acronym-in-parentheses'],
    // a county's lawmakers, a polytechnic, a school by its grade, a radio station
    ['The Arden County Legislature voted to pause the plan.', 'Arden County Legislature', 'org-head-word'],
    ['She studied engineering at Kelby Polytechnic.', 'Kelby Polytechnic', 'org-head-word'],
    ['Pupils at Elm Road Elementary will move in May.', 'Elm Road Elementary', 'org-head-word'],
    ['He told Harbour Valley FM the roads were closed.', 'Harbour Valley FM', 'org-head-word'],
    // two words of a body's field joined by "and", after "a"
    ['Dana Reyes, a Rural and Coastal Party councillor, voted against.', 'Rural and Coastal Party', 'org-head-word'],
    // a county's police, an investor, a forum of users, papers
    ['Officers from the Ardwell Constabulary made two arrests.', 'Ardwell Constabulary', 'org-head-word'],
    ['Trenholt Asset Management holds a 4% stake.', 'Trenholt Asset Management', 'org-head-word'],
    ["Riders asked the Kelby Rail Users' Forum to step in.", "Kelby Rail Users' Forum", 'org-head-word'],
    ['Writing in the Harbour Dispatch, she called it flat.', 'Harbour Dispatch', 'org-head-word'],
    // a rugby club by its mark
    ['Harbury RFC came from eleven points down to win.', 'Harbury RFC', 'org-head-word'],
    // a paper or a company named for its part of the country is no place
    ['Figures were seen by the Northern Dispatch.', 'Northern Dispatch', 'org-head-word'],
    // a bare description of a kind of body after a name that opens with a given name
    ['Jordan Meade was an accountant with Ferris Lyle, the audit firm.', 'Ferris Lyle', 'org-appositive'],
    // (a place may open the description)
    ['The sale was run by Preston Vale, the Leeds boutique bank, which held an auction.', 'Preston Vale',
      'org-appositive'],
    ['It followed a complaint from Morrow Games, an Oslo-based studio best known for racing games.', 'Morrow Games',
      'org-appositive'],
    ['Votes arrived late because of a strike at Swiftvane, the regional mail carrier.', 'Swiftvane', 'org-appositive'],
    // one word after a kind of body that the parse guessed a person's ("Charity" may be a given name)
    ['The housing charity Hearthway has launched a campaign.', 'Hearthway', 'org-noun-before'],
    ['It was sold via the online marketplace Bazzly.', 'Bazzly', 'org-noun-before'],
    ['The streaming platform Vidora, which sponsored a prize, said so.', 'Vidora', 'org-noun-before'],
    // a paper by its writers, or by what it has seen
    ['Writing in the Evening Lamp, one critic called the film handsome.', 'Evening Lamp', 'org-context-before'],
    ['Figures seen by the Kelby Lantern show a rise in waiting times.', 'Kelby Lantern', 'org-context-before'],
    // a kind of business as the last word keeps a name from being a person's after a word that could be a title
    ['Pilots are leaving for rival Halvenna Cruises, which pays more.', 'Halvenna Cruises', 'org-noun-before'],
    // a preposition opening the sentence is no part of the name, unless a listed company's name opens with it
    ['Under Kelby Council rules, bins are emptied weekly.', 'Kelby Council', 'org-head-word'],
    ['Under Armour said sales fell.', 'Under Armour', 'listed-company'],
    // a hospital's older name; a newsletter is a publication
    ['He was a donor to Kelby General Infirmary for years.', 'Kelby General Infirmary', 'org-head-word'],
    ['Her manager told the trade newsletter Harth Brief that talks had begun.', 'Harth Brief', 'org-noun-before'],
    // members by a plural, then "of" and a name that is no person's, opening a sentence too
    ["Friends of Tarvik Woods, a residents' group, says trees will be felled.", 'Friends of Tarvik Woods',
      'party-by-its-members'],
    ['On Monday, Friends of Tarvik Woods said trees will be felled.', 'Friends of Tarvik Woods', 'party-by-its-members'],
    // a town and what lies around it name one body
    ['The Kelby and District Chamber of Trade has campaigned since January.', 'Kelby and District Chamber of Trade',
      'org-head-word'],
    ['Volunteers at the Tarvik and Area Food Bank sorted tins.', 'Tarvik and Area Food Bank', 'org-head-word'],
    // a network's operator, an investment firm and a mutual society by their head words
    ['Tarvik Power Networks said supply was back by noon.', 'Tarvik Power Networks', 'org-head-word'],
    ['Ravi Sethu, a portfolio manager at Harlan Blythe Investors, said so.', 'Harlan Blythe Investors', 'org-head-word'],
    ['The bank sold its mortgage book to Kelby Mutual in May.', 'Kelby Mutual', 'org-head-word'],
    // a town's name that the parse reads as a verb by its ending ("-haven") still opens the body's name
    ['Dunhaven Town Council opened a rest centre on Monday.', 'Dunhaven Town Council', 'org-head-word'],
    // a body named for its members stays whole: its first words are common ones
    ['Donors to American Friends of Norvale University met.', 'American Friends of Norvale University', 'org-head-word'],
    // an architects' practice and a property firm, though their first words are a person's names
    ['She founded her own practice, Halloran Reid Architects, in 1969.', 'Halloran Reid Architects', 'org-head-word'],
    ['Developers like Crestline Properties pay no tax here.', 'Crestline Properties', 'org-head-word'],
    // a party's kind after a country's possessive
    ["Norland's ruling Kelvar party claimed victory.", 'Kelvar', 'org-role-after'],
    // a saint's medical centre
    ['Nurses rallied outside St. Aldric\'s Medical Center on Monday.', 'St. Aldric\'s Medical Center', 'org-head-word'],
    // a college and the city it stands in
    ['Professor Liam Walsh of Kelby College London, who was not involved, said so.', 'Kelby College London', 'org-head-word'],
    ['The city signed a contract with Velmora in May for new trams.', 'Velmora', 'org-context-before'],
    // a body's founding: a band formed somewhere in a year, a firm founded in one (in a relative clause too)
    ['The Copper Lanterns formed in Kelby in 2016.', 'Copper Lanterns', 'org-role-after'],
    ['Brightwater Gin, which was founded in 2015, sells abroad.', 'Brightwater Gin', 'org-role-after'],
    // a crown's foundation, named by its possessive
    ["He was taken to King's College Hospital in Kelby.", "King's College Hospital", 'org-head-word'],
    // football clubs by the marks of other languages
    ['She took charge of Norvik FF in 2023.', 'Norvik FF', 'org-head-word'],
    ['We signed him from Tarvela FK last winter.', 'Tarvela FK', 'org-head-word'],
    // a business's competitors, backers and partners
    ['Quelby competes with Redwell Materials in Europe.', 'Redwell Materials', 'org-context-before'],
    ['The money came from investors led by Northfen on Monday.', 'Northfen', 'org-context-before'],
    ['It has supply deals with Kelvar Cars and two utilities.', 'Kelvar Cars', 'org-context-before'],
    // a buyer's rival with a word before it, a pollster, an operator
    ['Lumora agreed to buy smaller rival Halcyon Devices for $4.2 billion.', 'Halcyon Devices', 'org-noun-before'],
    ['Economists polled by Harwick had expected the cut.', 'Harwick', 'org-context-before'],
    ['A survey by Harlow Insights found most voters agreed.', 'Harlow Insights', 'org-context-before'],
    ['The ferry, operated by Bluefen Lines, capsized.', 'Bluefen Lines', 'org-context-before'],
    // an armed group by its allies and its parts
    ['Fighters affiliated with Harvi Rising attacked the base.', 'Harvi Rising', 'org-context-before'],
    ['Militants linked to Kelvar Dawn are active in the area.', 'Kelvar Dawn', 'org-context-before'],
    ['The attackers belonged to a breakaway faction of Harvi Dawn, officials said.', 'Harvi Dawn', 'org-context-before'],
    // a state's mission abroad
    ['The Kelbian Embassy advised its citizens to avoid the area.', 'Kelbian Embassy', 'org-head-word'],
    // where one works, whom a body works with
    ['She founded the pantry after losing her job at Kelmart.', 'Kelmart', 'org-context-before'],
    ['We partner with Brightfold on a housing project.', 'Brightfold', 'org-context-before'],
    // where a study appears
    ['Her study, published in Ostrova Geoscience last week, was widely read.', 'Ostrova Geoscience', 'org-context-before'],
    // an acronym before a title, extracted itself
    ['KTO Secretary General Ann Velmar said she looked forward to it.', 'KTO', 'role-affiliation'],
    // a body's kind, then its name between commas, though the parse reads the name as a person's
    ['The bus company, Alpenreisen Huber, said it was cooperating.', 'Alpenreisen Huber', 'org-noun-before'],
    // a party named for its members
    ['The Christian Democrats won 12 seats.', 'Christian Democrats', 'party-by-its-members'],
    ['David Ruiz, of the Social Democrats, urged action.', 'Social Democrats', 'party-by-its-members'],
    // other bodies named for their members and their cause
    ['The Committee to Protect Harbour Reporters condemned the raid.', 'Committee to Protect Harbour Reporters',
      'party-by-its-members'],
    ['He joined Physicians for Harbour Rights in 2010.', 'Physicians for Harbour Rights', 'party-by-its-members'],
    // ...opening a sentence too, where the cause tells the body from a client's counsel
    ['Lawyers for Harbour Rights said the law was unlawful.', 'Lawyers for Harbour Rights', 'party-by-its-members'],
    ['Doctors Without Kelby Borders said its clinics were full.', 'Doctors Without Kelby Borders', 'party-by-its-members'],
    // a people's plural before "for" and a cause
    ['Texans for Clean Kelby Water sued the state.', 'Texans for Clean Kelby Water', 'party-by-its-members'],
    // a body speaks of itself as "it"
    ['Norland Jet said on Saturday it had grounded eight of its jets.', 'Norland Jet', 'said-it-would'],
    ['Snapwave said it disagreed with the decision.', 'Snapwave', 'said-it-would'],
    ['Royal Harbour Parcels, owned by the investor Dan Holm since 2024, said the deal would help.',
      'Royal Harbour Parcels', 'org-role-after'],
    // …also a name the parse took for a place from its last word
    ['The Harbour Crescent said its teams pulled 14 bodies from the rubble.', 'Harbour Crescent', 'said-it-would'],
    // …also in apposition to the subject, and when it is "devastated" or "cooperating"
    ["The ferry's owner, Talsa Marine Lines, said it would cooperate.", 'Talsa Marine Lines', 'said-it-would'],
    ["The festival's organiser, Brightline Live, said it was devastated.", 'Brightline Live', 'said-it-would'],
    // a medium's kind before a name whose first word is a given name; whom a spokesperson speaks for
    ['The case followed an investigation by the newspaper Denni Hlas.', 'Denni Hlas', 'medium-before-name'],
    ['The study was published in the medical journal Kelby Medicine.', 'Kelby Medicine', 'medium-before-name'],
    ['Tarvik Daily editor Mei Lin was detained on Sunday.', 'Tarvik Daily', 'org-head-word'],
    ['Two firefighters were hurt, said Mel Fire spokesperson Dana Ruiz.', 'Mel Fire', 'spokesperson-of'],
    ['Sales may slow, said Tarvel analyst Ola Berg.', 'Tarvel', 'spokesperson-of'],
    // a body's description after the name, also after "from"
    ['It raised money from Tessel Arc, a London firm.', 'Tessel Arc', 'org-appositive'],
    ['Velkor AI, a Kelby start-up, said it was studying the text.', 'Velkor AI', 'org-appositive'],
    ['I want Harbour Homes, the housing company the council set up, to build.', 'Harbour Homes', 'org-appositive'],
    // a word for a body that opens a name in another language; a body's offshoot; responsibility claimed, passive
    ['Fighters of Jamaat Nur al-Kelbi attacked the post.', 'Jamaat Nur al-Kelbi', 'org-head-word'],
    ['The Partido Verde Kelbiano won two seats.', 'Partido Verde Kelbiano', 'org-head-word'],
    // institutions, unions and cooperatives of Spanish, Portuguese and French names (one ends in a city's name)
    ['The Cooperativa dos Pescadores do Recife said it would appeal.', 'Cooperativa dos Pescadores do Recife',
      'org-head-word'],
    ['The Sindicato dos Estivadores called a strike.', 'Sindicato dos Estivadores', 'org-head-word'],
    ['A grant from the Fondation Harvel paid for the roof.', 'Fondation Harvel', 'org-head-word'],
    ['The drama was produced by Blue Kestrel Studios.', 'Blue Kestrel Studios', 'org-head-word'],
    ['Ann Lee, chairman of the House Harbour Caucus, voted no.', 'House Harbour Caucus', 'org-head-word'],
    // a shop, also one named for its owner
    ["He worked at Tarvik's Bike Shop for years.", "Tarvik's Bike Shop", 'org-head-word'],
    ['The Harbour Bakery closed on Monday.', 'Harbour Bakery', 'org-head-word'],
    ['The bridge will be built by Morrow Construction.', 'Morrow Construction', 'org-head-word'],
    ['It gets grants from the Kelby Endowment for Democracy.', 'Kelby Endowment for Democracy', 'org-head-word'],
    // the word for a bank before its name, which one English list of given names holds
    ['Sponsors included Halvik Air and Bank Tavrida.', 'Bank Tavrida', 'bank-word'],
    // religious bodies, also when the name opens with a given name
    ['The case was brought by Grace Harrow Fellowship, a congregation of 400.', 'Grace Harrow Fellowship', 'org-head-word'],
    ['Volunteers from Kelby Gospel Ministries handed out meals.', 'Kelby Gospel Ministries', 'org-head-word'],
    // members by their trade before "of"
    ['The Harbour Teachers of Kelby called the cuts a betrayal.', 'Harbour Teachers of Kelby', 'org-head-word'],
    ['Church groups including Harlow Charities set up a hotline.', 'Harlow Charities', 'org-head-word'],
    ['The march was organised by the opposition Civic Dawn.', 'Civic Dawn', 'org-noun-before'],
    // a kind of business opening the sentence is no part of the name ("Union Pacific" keeps its first word)
    ['Retailer Kelmont said sales fell.', 'Kelmont', 'org-noun-before'],
    ['Rival Velkor AI raised $120 million in June.', 'Velkor AI', 'org-noun-before'],
    ['The trust was in talks with private provider Meadowvale Health about spare capacity.', 'Meadowvale Health',
      'org-noun-before'],
    ['Provider Kelnet said the outage was over.', 'Kelnet', 'org-noun-before'],
    ['Union Harwell said it would appeal.', 'Union Harwell', 'said-it-would'],
    ['"It is not enough," said an analyst at the think tank Power Shift Kelby.', 'Power Shift Kelby', 'org-noun-before'],
    ['The boy sued the app maker and its investor, Castellan Ventures.', 'Castellan Ventures', 'org-head-word'],
    ['Police blamed Kelvar Nur, an offshoot of the Tarsian Front.', 'Kelvar Nur', 'org-appositive'],
    ['Responsibility for the attack was claimed by Kelvar Nur.', 'Kelvar Nur', 'claimed-responsibility'],
    // what only a business does or has: stores opened, a founding year, its prices, its plant; its investors and customers
    ['Analysts said Sorvik plans to open 40 stores next year.', 'Sorvik', 'org-role-after'],
    ['Sources said Pellion was founded in 2012 by two engineers.', 'Pellion', 'org-role-after'],
    ['Customers complained after Harvel raised its prices.', 'Harvel', 'org-role-after'],
    ['The news came a week after Streamvale announced 800 job cuts.', 'Streamvale', 'org-role-after'],
    ["Kelvar's armed wing, the Nur Brigades, said it had hit a tank.", 'Kelvar', 'org-role-after'],
    ['The union called a strike at Calden’s plant in Ohio.', 'Calden', 'org-role-after'],
    ['Investors in Zentrix lost money when it collapsed.', 'Zentrix', 'org-context-before'],
    // a business's officer after its possessive, also at a sentence's start
    ['News\n\nVelkor’s chief operating officer, Iris Fenn, will step down.', 'Velkor', 'org-role-after'],
    // a kind of body before a name that opens with a given name but ends in no surname
    ['The Kelby-based charity Hope Rising said demand had doubled.', 'Hope Rising', 'org-noun-before'],
    ["Patients' group Care Watch urged people to keep attending.", 'Care Watch', 'org-noun-before'],
    // or a name no verb follows, so it opens no clause
    ['The families are represented by the law firm Leigh Cole.', 'Leigh Cole', 'org-noun-before'],
    // …or set off by a comma, the kind after a preposition
    ['Ann Rudd, an associate with law firm Sinclair Hume, said the claim was filed.', 'Sinclair Hume',
      'org-noun-before'],
    // …or the kind after an appositive's article; or a name ", which" tells of as a thing
    ['Her sponsor, the sportswear company Orvell Walsh, said it had extended the deal.', 'Orvell Walsh',
      'org-noun-before'],
    ['Forwarding group Dale Quist, which handles shipments for retailers, wrote to clients.', 'Dale Quist',
      'org-noun-before'],
    // a public body's kind: no person's role after it
    ['Shipping came to a halt, the river authority Vanta Flow said.', 'Vanta Flow', 'org-noun-before'],
    // what a business buys or merges with
    ['Tarvik agreed to acquire Harwick for $4.2 billion in cash.', 'Harwick', 'org-context-before'],
    // an airline's deed; users of a service; a provider
    ['Stellar Jet cancelled 40 flights because of the strike.', 'Stellar Jet', 'org-role-after'],
    ['Users of Tarvix reported problems logging in.', 'Tarvix', 'org-context-before'],
    ['Brightline Health, a telehealth provider, laid off 200 staff.', 'Brightline Health', 'org-appositive'],
    // a district that is a public body; an emergency service
    ['Parents sued the Northfield Unified School District over the closures.', 'Northfield Unified School District', 'org-head-word'],
    ['Kelby Fire Rescue crews put out the blaze within an hour.', 'Kelby Fire Rescue', 'org-head-word'],
    // a firm's head word in Spanish or Portuguese, or its trade first; rangers named as a body
    ['His practice, Orrantia Belmonte Arquitectos, won the competition.', 'Orrantia Belmonte Arquitectos',
      'org-head-word'],
    ['The permit went to Minera Quelcata last year.', 'Minera Quelcata', 'org-head-word'],
    ['The Kelby Coast Rangers have watched the reef for decades.', 'Kelby Coast Rangers', 'org-head-word'],
    // a paper named for its day; where a barrister practises
    ["Ann Lee is the Sunday Ledger's travel editor.", 'Sunday Ledger', 'org-head-word'],
    ['Tom Roe, a barrister at Harlow Chambers who knows the judge well, disagrees.', 'Harlow Chambers',
      'org-member-before'],
    // a plural in "-men" before its possessive and a body's head word
    ["The Kelby Trawler Fishermen's Association said the quota was too low.", "Kelby Trawler Fishermen's Association",
      'org-head-word'],
    // an observatory that watches a field
    ['The Kelby Housing Observatory said rents rose 4 percent.', 'Kelby Housing Observatory', 'org-head-word'],
    // a band or an orchestra named for its leader
    ['I played bass in the Leo Farris Band.', 'Leo Farris Band', 'org-head-word'],
    // a municipality is a body of government
    ['The request came from the Municipality of Kelbano in 2010.', 'Municipality of Kelbano', 'org-head-word'],
    // a band whose name opens with its own article; a brewery
    ['Later, the Kelby band The Quiet Hours played.', 'Quiet Hours', 'org-noun-before'],
    ['It is sponsored by Harvest Ales, a local brewery.', 'Harvest Ales', 'org-appositive'],
    ['We signed with Fernhill, a small label run by two people.', 'Fernhill', 'org-appositive'],
    // after "to" as after "from": the description is the name's
    ['He steered contracts to Trasa Vell, a company owned by his cousin.', 'Trasa Vell', 'org-appositive'],
    ['They toured with Glass Owls, a four-piece band from Leeds.', 'Glass Owls', 'org-appositive'],
    ['TerraWatt, the venture backed by Ann Lee, said so.', 'TerraWatt', 'org-appositive'],
    ['Universities Kelby, which represents 140 institutions, said so.', 'Universities Kelby', 'which-does-business'],
    // a name opening its clause with a plural verb is a team or a body (British usage)
    ['After the defeat, Harbour Vale have sacked their coach.', 'Harbour Vale', 'org-role-after'],
    ['The union said that Kelmont are to cut 300 jobs.', 'Kelmont', 'org-role-after'],
    // whom a spokesperson speaks for, whom employees work at, what a founder founded
    ['A spokesperson for Kelvantra declined to comment.', 'Kelvantra', 'org-context-before'],
    ['Ida Berg, press officer for Tolvane-Rask, said the riders were ready.', 'Tolvane-Rask', 'org-context-before'],
    ['Employees at Kelvantra walked out on Friday.', 'Kelvantra', 'org-context-before'],
    ['Mara Ilves, who founded Kelvantra in 2019, said growth slowed.', 'Kelvantra', 'org-context-before'],
    // a plural head word; the Arabic article glued to a name opens it
    ['The work was funded by the Kelby Trust and the Harwell Institutes of Health.', 'Harwell Institutes of Health', 'org-head-word'],
    ['The Velkor Red Cross and the Northern Food Programme handed out tents.', 'Northern Food Programme', 'org-head-word'],
    ['The al-Tarvik Brigades claimed the attack in a statement.', 'al-Tarvik Brigades', 'org-head-word'],
    ['Tarvik said its profit rose 4 percent.', 'Tarvik', 'said-it-would'],
    // a name ending in a double consonant and "-i" is no nationality word
    ['Tavelli shares fell 3 percent on Monday.', 'Tavelli', 'org-role-after'],
    ['Investors sold Corvetti shares after the profit warning.', 'Corvetti', 'org-role-after'],
    // a town named as a team once in a results table is the team where a place tag alone spoke elsewhere
    ['Dunstable won the match on Saturday. Fans said Dunstable deserved it.', 'Dunstable', 'same-team-elsewhere'],
    // fixture lists: a date, "v", the opponent
    ['Tour schedule:\nMay 12 v Hollowmere\nMay 14-16 v Brackenby (three days)', 'Hollowmere', 'fixture-versus'],
    ['Tour schedule:\nMay 12 v Hollowmere\nMay 14-16 v Brackenby (three days)', 'Brackenby', 'fixture-versus'],
    // an analyst named, then where she works
    ['"It is a good deal," said analyst Marta Vell at Corbridge.', 'Corbridge', 'org-context-before'],
    // a person's employer
    ['Santoro previously worked at Delvanto and at a consultancy.', 'Delvanto', 'org-context-before'],
    ['He was employed by Vantrell until May.', 'Vantrell', 'org-context-before'],
    ['He spent ten years as an engineer with Kelvantra.', 'Kelvantra', 'org-context-before'],
    ['Mira Osei, who runs Tarvik Foods, said prices would rise.', 'Tarvik Foods', 'org-context-before'],
    // those who write for a publication, with its "The" capitalised
    ['By then she was a columnist for Velkor Week.', 'Velkor Week', 'org-context-before'],
    ['He spent years as a writer for The Tarvik, a satirical paper.', 'Tarvik', 'org-context-before'],
    // the agency in brackets after a dateline's place
    ['KELBY, Tarvia (NTA) — Two people died in the floods.', 'NTA', 'dateline-agency'],
    // bands, labels and charities by their kind; after a comma only with "the"
    ['Her first album came out on the independent label Velkor Sound.', 'Velkor Sound', 'org-noun-before'],
    ['My dad played in a folk band, the Harwell Ramblers, for years.', 'Harwell Ramblers', 'org-noun-before'],
    ['Dana Ruiz, a producer at Velkor, said the film was finished.', 'Velkor', 'org-context-before'],
    // a kind of club before its name
    ['The first division team Hollowmere Athletico will miss its captain.', 'Hollowmere Athletico', 'org-noun-before'],
    ['Narrow wins went to champions Brackenby on Saturday.', 'Brackenby', 'org-noun-before'],
    // a compass-named club in a results table
    ['Standings:\nEast Hadley 4 3 1 0 9 3 10\nLakeside 4 2 1 1 6 5 7', 'East Hadley', 'standings-row'],
    ['Results:\nLakeside 2 West Morrow 1', 'West Morrow', 'score-line'],
    // a player's position after the club's name
    ['The former Oakhurst skipper was named in the squad.', 'Oakhurst', 'org-role-after'],
    ['Dorrington forward Ann Lee scored twice.', 'Dorrington', 'org-role-after'],
    ['Selby Vale pitcher Dan Ortiz struck out nine.', 'Selby Vale', 'org-role-after'],
    ['The goal came from Norwick striker Tom Hale.', 'Norwick', 'org-role-after'],
    // a description after the name whose head is a kind of organisation
    ['Dravik, the largest cement maker in the region, raised prices.', 'Dravik', 'org-appositive'],
    ['The weak results of Halvors, one of its Danish units, hurt the group.', 'Halvors', 'org-appositive'],
    ['Analysts expect the Mintreserve, the country’s central bank, to cut rates.', 'Mintreserve', 'org-appositive'],
    ['Tellmark, a mobile phone company based in the north, cut 200 jobs.', 'Tellmark', 'org-appositive'],
    // a maker calls back what it sold
    ['Velkor recalled 2 million cars over a brake fault.', 'Velkor', 'product-recall'],
    ['Brindle Remedies is recalling about 1.2 million bottles.', 'Brindle Remedies', 'product-recall'],
    // a young company, a maker in one word, and who backs or owns it
    ['Nuvora, the smart-home startup backed by two funds, unveiled glasses.', 'Nuvora', 'org-appositive'],
    ['Velkor, the Japanese carmaker, recalled the vans.', 'Velkor', 'org-appositive'],
    // a plural name after "the" is a team, not a person, even before "who"
    [SPORT + 'Two goals came for the Herons, who won for the third time.', 'Herons', 'team-nickname'],
    // one word in two capitalised parts, the second a kind of organisation
    ['Analysts said HarbourBank would bid again.', 'HarbourBank', 'compound-head-word'],
    ['The deal values NorthCorp at $2 billion.', 'NorthCorp', 'compound-head-word'],
    // a reporter of a news agency
    ['A Kelwire reporter saw the convoy on Saturday.', 'Kelwire', 'org-role-after'],
    // a state's institution, by its common noun capitalised inside a sentence
    ['Bond prices fell after the Treasury sold more debt.', 'Treasury', 'institution-word'],
    ['The bill now goes to Parliament for a vote.', 'Parliament', 'institution-word'],
    // a group owns an attack; its other mentions follow
    ['Al-Kelmar gunmen stormed a hotel. Al-Kelmar claimed responsibility in a statement.', 'Al-Kelmar', 'claimed-responsibility'],
    // shares of a company, at a sentence's start too
    ['Shares of Corlane rose 18% in premarket trading.', 'Corlane', 'org-context-before'],
    // a publication by its head word
    ['She spent ten years at the Harlan Review before leaving.', 'Harlan Review', 'org-head-word'],
    ['Copyright 2026 Kelby Echo. All rights reserved.', 'Kelby Echo', 'org-head-word'],
    // a military unit by its head word
    ['Soldiers of the Quillby Regiment fired on the crowd.', 'Quillby Regiment', 'org-head-word'],
    ['The Coastal Corps said two of its officers were hurt.', 'Coastal Corps', 'org-head-word'],
    // a kind of body, then its name between commas, or "called" and the name
    ['The company, Kelbrook, will cut jobs.', 'Kelbrook', 'org-noun-before'],
    ['A startup called DataHarbor raised 20 million dollars.', 'DataHarbor', 'org-noun-before'],
    // a capital inside one word is a brand's, where nothing else speaks
    ['Velkor sued DataVane in March.', 'DataVane', 'compromise-organization'],
    ['BrightLoom released a new model on Tuesday.', 'BrightLoom', 'compromise-organization'],
    // a young company by its trade
    ['Orvik, a Stockholm-based fintech, raised $80 million.', 'Orvik', 'org-appositive'],
    // one word compromise's own lexicon holds as a body's name (a library's list, not this project's)
    ['He joined Kelvane from Tesco in 2018.', 'Tesco', 'compromise-organization'],
    ['Siemens said orders rose in the quarter.', 'Siemens', 'compromise-organization'],
    // a record label by its head word, a given name at its start notwithstanding
    ['The album is out on Friday on Red Gate Records.', 'Red Gate Records', 'org-head-word'],
    ['The owner, Lorvik Housing Cooperative, said it had called twice.', 'Lorvik Housing Cooperative', 'org-head-word'],
    // a body's name stays one before "index"
    ['The Northfield Stock Exchange index rose 2 points.', 'Northfield Stock Exchange', 'org-head-word'],
    // a name with an article before "said" speaks for an institution, not a person
    ['The verdict was harsh, the Coastal Lantern said on Friday.', 'Coastal Lantern', 'the-name-said'],
    ['The Voce della Valle reported that the deal was off.', 'Voce della Valle', 'the-name-said'],
    ['The Lantern cited examples of questions over fifty words long.', 'Lantern', 'the-name-said'],
    // a promoter before a name that has no given name
    ['Refunds will follow, the promoter Kelvo Nation said.', 'Kelvo Nation', 'org-noun-before'],
    // a group, a gang too, that names itself
    ['The breach was claimed by a ransomware gang calling itself Black Kelpie.', 'Black Kelpie', 'org-noun-before'],
    // a house that trades, sells or makes, before or after its name
    ['It raised money from the Japanese trading house Kelmaru.', 'Kelmaru', 'org-noun-before'],
    ['Kelvane, the auction house, sold the painting.', 'Kelvane', 'org-appositive'],
    // a utility's two services joined by "and"
    ['The utility Kelby Gas and Electric said it had cut power.', 'Kelby Gas and Electric', 'said-it-would'],
    // a maker described by what it made
    ['Lanternfall, the studio behind the hit game Ashen Kelby, cut 400 jobs.', 'Lanternfall', 'org-appositive'],
    // a service described after its name
    ['Talks will go through Kelsa, the conciliation service.', 'Kelsa', 'org-appositive'],
    // a university's body whose name opens with "University" and a head of its own
    ['She directs a lab at University College Kelby, she said.', 'University College Kelby', 'org-head-word'],
    // a unit's abbreviation in capitals is an acronym ("SEC" is no seconds)
    ['A spokesperson for the SEC declined to comment.', 'SEC', 'org-context-before'],
    ['The SEC sued Kelmont on Monday.', 'SEC', 'acronym'],
    // a body before the title of one who heads it, and that person's name
    ['Tarvane president Ola Berg said the vote was close.', 'Tarvane', 'org-role-after'],
    ["We met Kelvantra's co-founder on Monday.", 'Kelvantra', 'org-role-after'],
    // a body before an officer named by their function: "personnel chief", "security director"
    ['Kelby Rail personnel chief Oskar Brenning called it unnecessary.', 'Kelby Rail', 'org-role-after'],
    // a body's possessive before its officer's capitalised title and name (not a person's, nor a country's)
    ["Harbour's Shadow Health Secretary Ann Ruiz said her party would act.", 'Harbour', 'org-role-after'],
    ["Kelmont's Finance Director Ann Ruiz said profits rose.", 'Kelmont', 'org-role-after'],
    // a body before its staff named by their work, then their names
    ['It was founded by former Kelvantra researchers Lena Hartig and Rafael Quintero.', 'Kelvantra', 'org-role-after'],
    // what owns a subsidiary or signs a band
    ['It is a subsidiary of Kelmont, the filing said.', 'Kelmont', 'org-context-before'],
    ['The band signed to Tidewater in 2019.', 'Tidewater', 'org-context-before'],
    // a body before its founder's title; a buyer's rival
    ['Brightledger co-founder Tomasz Wierzba will join the board.', 'Brightledger', 'org-role-after'],
    ['Kestrelpay agreed to buy rival Brightledger for $4.2 billion.', 'Brightledger', 'org-noun-before'],
    // a clinic is a body as a hospital is
    ['Ann Lee, a cardiologist at the Kelby Clinic who led the study, said so.', 'Kelby Clinic', 'org-head-word'],
    // a kind of body before a name that opens with no given name: a broker, a contractor, a fund, a research house
    ['Analysts at the broker Hensby Marlowe expect a loss.', 'Hensby Marlowe', 'org-noun-before'],
    ['She worked for the defence contractor Aldmoor Dynamics.', 'Aldmoor Dynamics', 'org-noun-before'],
    ['The rest is held by the pension fund Andes Prevision.', 'Andes Prevision', 'org-noun-before'],
    ['Figures from the research house Keldon Insight show a fall.', 'Keldon Insight', 'org-noun-before'],
    // a body named for two trades, "and" between: plurals before its head word, or the members' plural itself
    ['Ewa is a rep for the Kelby Nurses and Midwives Union.', 'Kelby Nurses and Midwives Union', 'org-head-word'],
    // an insurer of insurers, a life office; a university by its Indonesian, German or Dutch word
    ['He spent years at Dorvan Reinsurance, in London.', 'Dorvan Reinsurance', 'org-head-word'],
    ['She joined Kelvo Life Assurance in May.', 'Kelvo Life Assurance', 'org-head-word'],
    ['She runs a lab at Universitas Kelbu Raya.', 'Universitas Kelbu Raya', 'org-head-word'],
    ['He studied at the Universität Tarnstadt.', 'Universität Tarnstadt', 'org-head-word'],
    // a title word inside a body's name before its plural last word names no one
    ['We sat down with Kelvane Coach Lines on Monday.', 'Kelvane Coach Lines', 'business-kind'],
    // firms joined for a contract, by the word after them
    ['The bid came from the Velha Tarsa consortium.', 'Velha Tarsa', 'org-role-after'],
    ['I am area organiser for the United Rail and Dock Workers here.', 'United Rail and Dock Workers',
      'party-by-its-members'],
    ["He is a member of the Haulage and General Workers' Federation, he said.",
      "Haulage and General Workers' Federation", 'org-head-word'],
    // a kind of business after a word no dictionary holds: a mill, a maker of turbines
    ['Sales fell at Velkor Steelworks last year.', 'Velkor Steelworks', 'business-kind'],
    ['Sales fell at Tarvik Fresh Produce last year.', 'Tarvik Fresh Produce', 'business-kind'],
    // a firm one practises at, named for its partners
    ['Ola Berg, a tax lawyer at Harlan Voss, said so.', 'Harlan Voss', 'org-member-before'],
    // a company's name without its head word
    ['The round was led by Brisa Norte Partners. Ana Luz, an adviser to Brisa Norte, joins the board.', 'Brisa Norte',
      'short-name'],
    // ...or without its kind of business
    ['Fenby Dray Restructuring said it had recovered £11m. Ada Mol, an adviser to Fenby Dray, said more was due.',
      'Fenby Dray', 'short-name'],
    // ...and without its legal form and then its head word, over a person a role word alone made of it
    ['The round was led by Vantrel Arc Ventures LLC. An adviser to Vantrel Arc said the deal closed.', 'Vantrel Arc',
      'short-name'],
    // ...its first word after a legal form written before it, and one shaped like a nationality in "-i"
    ['PT Kelbar Pangan Lestari Tbk raised funds on Monday. Analysts said Kelbar had grown fast.', 'Kelbar',
      'short-name'],
    ['Tarnuvi Robotics Pvt Ltd raised funds on Monday. Analysts said Tarnuvi had grown fast.', 'Tarnuvi', 'short-name'],
    // ...or in "-ian" where the parse's lexicon holds no such word
    ['Morvanian Systems lost its appeal. Analysts said Morvanian had grown fast.', 'Morvanian', 'short-name'],
    // ...and without two head words
    ['Harlow Vane Energy Group bought the plant. A spokesman for Harlow Vane said the deal closed.', 'Harlow Vane',
      'short-name'],
    // a games studio by its kind
    ['Priya Castellanos, founder of indie studio Lanternfish Games, spoke.', 'Lanternfish Games', 'org-noun-before'],
    // the Arabic article, joined by a hyphen or (where the parse reads a body's name) a space; "wal-" inside
    ["The raid was claimed by al Qaeda's affiliate in the region.", 'al Qaeda', 'compromise-organization'],
    ["Jama'at Kelbani wal-Muslimin (JKM) claimed the raid.", "Jama'at Kelbani wal-Muslimin", 'acronym-in-parentheses'],
    // in a report about games: a town's player, a player of a club
    [SPORT + 'Dunstable’s Peter Hale was booked in the first half.', 'Dunstable', 'team-possessive-player'],
    [SPORT + 'The cross came from Peter Hale of Dunstable Town.', 'Dunstable Town', 'player-of-team'],
    // a legal form in brackets; Mexico's "S.A. de C.V."; a legal form ends the name before "for" and an amount
    ['The strike at Kelbrook Weaving Mills (Pvt) Ltd, entered its third week.', 'Kelbrook Weaving Mills (Pvt) Ltd',
      'org-head-word'],
    ['The union struck at Kelvale Power (SOC) Ltd on Monday.', 'Kelvale Power (SOC) Ltd', 'org-head-word'],
    ['Workers blocked Tequilera Santa Olvera S.A. de C.V., halting output.', 'Tequilera Santa Olvera S.A. de C.V.',
      'company-suffix'],
    ['Tarvik Cold Chain Pte Ltd for S$86 million was sold.', 'Tarvik Cold Chain Pte Ltd', 'org-head-word'],
    // the legal form spelt out (even after a place word), an Indonesian listed company's, a joint-stock company's
    ['The club signed a deal with Kelby Bay Insurance Limited on Monday.', 'Kelby Bay Insurance Limited',
      'org-head-word'],
    ['PT Tarvik Pangan Lestari Tbk said it would raise funds.', 'PT Tarvik Pangan Lestari Tbk', 'org-head-word'],
    ['Shares of Harwell Coastal JSC rose on Friday.', 'Harwell Coastal JSC', 'org-head-word'],
    // Turkish, Malaysian, Dutch and Scottish legal forms; a legal form after a comma or after another one
    ['Kelvar Ostrand Yapı A.Ş. said it would appeal.', 'Kelvar Ostrand Yapı A.Ş.', 'company-suffix'],
    ['Its partner, Tepebaşı Demir Ltd. Şti., declined to comment.', 'Tepebaşı Demir Ltd. Şti.', 'company-suffix'],
    ['Pelanggi Hartanah Berhad said sales fell.', 'Pelanggi Hartanah Berhad', 'company-suffix'],
    ['Veldhoven Dredging B.V. is owned by a holding.', 'Veldhoven Dredging B.V.', 'company-suffix'],
    ['The Thistlebrae Carers Network SCIO needs volunteers.', 'Thistlebrae Carers Network SCIO', 'company-suffix'],
    ['Shares of Marrowgate Harbour Systems Co., Ltd. rose.', 'Marrowgate Harbour Systems Co., Ltd.', 'org-head-word'],
    ['Lindqvar Motores del Norte, S.A. de C.V. will close a plant.', 'Lindqvar Motores del Norte, S.A. de C.V.',
      'company-suffix'],
    ['Tarvel Comercial del Sur, S.A.B. de C.V. will close a store.', 'Tarvel Comercial del Sur, S.A.B. de C.V.',
      'company-suffix'],
    ['The port is run by Kelby Havens, B.V. for now.', 'Kelby Havens, B.V.', 'company-suffix'],
    // Japanese, Romanian and Italian legal forms
    ['The merged company, to be called Tarvik Kogyo K.K., will list in April.', 'Tarvik Kogyo K.K.',
      'company-suffix'],
    ['Workers at Velmora Textile SRL went on strike.', 'Velmora Textile SRL', 'company-suffix'],
    ['Kelvari Costruzioni S.p.A. won the tender.', 'Kelvari Costruzioni S.p.A.', 'company-suffix'],
    // Indonesian and Spanish bodies by their first word
    ['Partai Kelbu Raya said it would appeal.', 'Partai Kelbu Raya', 'org-head-word'],
    ['The Corporación Nacional del Kelbo owns the rights.', 'Corporación Nacional del Kelbo', 'org-head-word'],
    // a list of portfolios, its acronym in brackets after it no part of the name
    ['The Kelby Department of Labour, Trade and Industry (KDLTI) funded it.', 'Kelby Department of Labour, Trade and Industry',
      'acronym-in-parentheses'],
    // a newspaper by its last word; a pollster before its poll
    ['The North Kelby Clarion ran a headline calling the reef finished.', 'North Kelby Clarion', 'org-head-word'],
    ['Survivors told the Tarvik Observer that men came at night.', 'Tarvik Observer', 'org-head-word'],
    ['The Kelmont Metrics poll last month had her at nine percent.', 'Kelmont Metrics', 'org-role-after'],
    // an armed or police unit named by its number
    ['Soldiers of the 21st Mechanised Brigade returned fire.', '21st Mechanised Brigade', 'org-head-word'],
    ['The 6th Rural Gendarmerie Squadron guarded the checkpoint.', '6th Rural Gendarmerie Squadron', 'org-head-word'],
    // a body named for its members, its head before "of"
    ["The Farmers' Alliance of Tarvik said it would appeal.", "Farmers' Alliance of Tarvik", 'org-head-word'],
    // legal forms in lower case after the name: Poland's, Quebec's, Britain's; Portugal's after a comma
    ['A poll by Marsowa Badania Sp. z o.o. was published on Friday.', 'Marsowa Badania Sp. z o.o.', 'company-suffix'],
    ['Kelby Handel sp. z o.o. said it would appeal.', 'Kelby Handel sp. z o.o.', 'company-suffix'],
    ['The contract went to Tarvik Entretien Services inc., a local firm.', 'Tarvik Entretien Services inc.',
      'org-head-word'],
    ['Shares in Construction Varennes ltée fell.', 'Construction Varennes ltée', 'company-suffix'],
    // …the Balkans'; Spain's in capitals; India's private limited company, whose "Pvt" reads as a rank elsewhere
    ['The deal with Kelvor Telekom d.d. closed on Monday.', 'Kelvor Telekom d.d.', 'company-suffix'],
    ['It will sign with Tarvenda Orbital SL, the builder.', 'Tarvenda Orbital SL', 'company-suffix'],
    ['The crew were hired through Kelby Crew Services Pvt Ltd, an agency.', 'Kelby Crew Services Pvt Ltd',
      'org-head-word'],
    // a word in capitals before a name is no given name, whatever the parse reads ("EVA" as "Eva")
    ['Ola Berg, a spokeswoman for EVA Tarvia, said talks were continuing.', 'EVA Tarvia', 'org-context-before'],
    // a broadcaster named by its channel's number
    ['Good night from everyone here at Channel 7.', 'Channel 7', 'org-head-word'],
    ['Channel 4 News reported it first.', 'Channel 4 News', 'org-head-word'],
    // a public library
    ['Students asked the Tamsin Vale Public Library to open on Sundays.', 'Tamsin Vale Public Library', 'org-head-word'],
    // a district that is a public body
    ['Chief Ola Berg of the Tamsin Vale Fire Protection District spoke.', 'Tamsin Vale Fire Protection District',
      'org-head-word'],
    // a sports team so named
    ['Riders including Ola Berg of Team Kelvaro signed the letter.', 'Team Kelvaro', 'org-head-word'],
    // Britain's public limited company as house styles print it
    ['Rivals such as Stenvik Analytics plc cut costs too.', 'Stenvik Analytics plc', 'org-head-word'],
    ['His agency, Marés Talentos, Lda, has held talks.', 'Marés Talentos, Lda', 'company-suffix'],
    // a council named for two places
    ['Gordon Baird, a planning officer at Lochvale and Morran Council, said the plan was sound.',
      'Lochvale and Morran Council', 'org-head-word'],
    // (talks between a town and a council join no two places)
    ['Talks between Kelby and Arden Council failed.', 'Arden Council', 'org-head-word'],
    // a body named for its members' possessive, whose acronym spells a part before "and" too
    ["Dockers backed the Port and Warehouse Workers' Union (PWWU) in the dispute.", "Port and Warehouse Workers' Union",
      'acronym-in-parentheses'],
    // a body that advises or studies, then "on" and its field
    ['The plan goes to the Select Committee on Harbour Affairs next week.', 'Select Committee on Harbour Affairs',
      'org-head-word'],
    ['The ruling follows advice from the Scientific Panel on Food Additives.', 'Scientific Panel on Food Additives',
      'org-head-word'],
    // an airline by its name and "Air"; a company's legal form before its name
    ['Passengers of Tarvik Air were stranded.', 'Tarvik Air', 'org-head-word'],
    ['The contractor PT Kelbu Raya won the bid.', 'PT Kelbu Raya', 'org-head-word'],
    // a body's kind in lower case after its name, with "the" before
    ['Monitors of the Tarnvale Ballot Watch network saw no fraud.', 'Tarnvale Ballot Watch', 'org-role-after'],
    // analysts at a firm whose words the parse took for a place's
    ['Analysts at Holm Bridge Capital expect a cut.', 'Holm Bridge Capital', 'org-member-before'],
    // a field's first word the parse read as a place, after a possessive
    ["Ada Quist, head of the town's Housing and Transport Department, spoke.", 'Housing and Transport Department',
      'org-head-word'],
    // a podcast described after its name, what it is about after the kind
    ['Listeners of Tarn Skies, the podcast about storms, wrote in.', 'Tarn Skies', 'org-appositive'],
    // a cycling team, not the sport
    ['Ines Berg of Tarvik Pro Cycling won the stage.', 'Tarvik Pro Cycling', 'org-head-word'],
  ])('%s → %s (%s)', (text, name, reason) => {
    expect(reasonsOf(text, name)).toContain(reason);
  });
});

describe('no organisation', () => {
  it.each([
    // a dateline's two places in capitals, invented ones too
    'TARVIA/HOLMBY, Nov 3 - Prices rose on Monday.',
    // a town the lexicon knows qualifies the body after it
    'No one was hurt, a spokeswoman for Valencia airport said.',
    // an office alone names its holder, no body
    'The Foreign Minister said the talks would resume.',
    // a person whose role names a body after a preposition
    'Ann Lee, a partner at the law firm, said so.',
    // one wrote in a place or a language, not in a paper
    'She wrote in Spanish for the first time.',
    'They wrote in Kelby last week.',
    // a creed qualifies a party and names none
    "Norland's main Catholic party won 12 seats.",
    // a council's day, not its charge; a painting's title; an ocean, not the magazine of its name
    'The Council on Monday voted to close the pool.',
    'Track Cycling returns to the games in May.',
    'Will the wards reopen by Christmas?',
    'A canvas gone for decades, The Mill at Evening, sold for a record.',
    'Their ships crossed the Atlantic, she said.',
    // a sentence's lawyers for a client are its counsel, no body of lawyers
    'Lawyers for Kelmont Legal also argued the case.',
    // a nationality before the kind of body is whose the body is
    'The ruling pitted the Dutch group against its rivals.',
    // a people's name after a kind and a comma opens the next clause
    'Talks resumed with the rebel band, the Norlandic navy said.',
    // nationality words stay nationality words
    'Somali officials said the road was closed.',
    "Britain's Prime Minister Tom Ray spoke to Ann Lee's Chief of Staff Dan Wiles.",
    // a spaced "al" the parse reads as a short first name opens no body
    'The convoy was ambushed by al Kelbab near the market.',
    // a listed company's name that is also a word, before a number, is a road or a model
    'A deputy stopped the car on Highway 9 late Saturday.',
    // a street or a collection named for a university is no body
    'They walked down University Avenue to the Kelby Road bus stop.',
    // a kind of business alone, a headline's subject, names no body
    "Chipmaker's shares jump after export licence granted",
    // …also after a combining form
    'It is owned by the Franco-Italian group, which said so.',
    'Yemeni shares are not traded abroad.',
    // a nationality before the body's noun, after a word that says a body follows
    'A spokesman for the Tarvian army said three soldiers died.',
    'She has worked for the Malian government since 2019.',
    // a noun a body may be too, in apposition: no person
    'Velkor, a local employer, said it would help.',
    // an owner in apposition whose name is a person's: "it" is what the person owns
    "The restaurant's owner, Darvo Kent, said it would reopen.",
    "The club's owner, Ilya Bastos, said it was devastated.",
    // a country compromise knows only by another name
    'Britain said its troops would stay.',
    'Bosnia said its army was ready.',
    // a person's friends, a hall named after a body
    'Friends of Ann Lee said she was kind.',
    'The concert was held at the Sons of the Harbour Veterans Memorial Hall.',
    // a school subject; a listed name that is also a word, opening a quotation
    'I taught PE at a school in Kelby for nine years.',
    'He told me, "Target the young ones first."',
    // a capital inside a surname, a product by its model number or the noun it qualifies, a platform things are put on
    'McAllister said the plan was sound.',
    'The rebels fired a SkyRaft 100 at the drone.',
    'TikVox users complained about the change.',
    'He posted the video on KelbyTube.',
    'She posted it on Velkogram and KelbyTube.',
    // an acronym of a technology, a test or a qualification names no body
    'We tag the workers with RFID chips.',
    'She was moved to the ICU after a CT scan.',
    'He has a PhD and an MBA.',
    // a sentence's first word is capitalised anyway: no club before a position
    'Recalled fly-half Tom Hale kicked four penalties.',
    // a role after the kind of organisation, an attribution after a place, a place after "in"
    'Dan Ortiz, a company spokesman, declined to comment.',
    // a common word for a body, capitalised only as it opens the sentence
    'Government spokesman Abdi Warsame said 43 hostages were freed.',
    'Ministry spokeswoman Lena Marsh said the talks had ended.',
    'Store owner Bram Tovey closed early on Friday.',
    // a nationality before a lower-case noun qualifies what a head heads
    'Ola Berg, head of British sculpture at Kelby Auctions, said so.',
    'Marta Vell, the group’s chairman, resigned on Monday.',
    // a person may own a newspaper: after a possessive a medium says nothing of the owner
    'The court shut down Vipsen\'s newspaper in May.',
    // a person's role whose body follows "for" or "of": the body is no description of the person
    'The blast hit the market, said Musa Dalo, a spokesman for the state emergency agency.',
    'Ann Vell, a member of the ruling party, spoke first.',
    'The plant will be built in Harrowby, the newspaper said.',
    'The firm moved to Ostvik, a port town in the north.',
    // "the <name> said": not a place, not a nationality, not a person
    'The talks failed, the United States said.',
    'The Dutchman said he was tired.',
    // outside a report about games, a town's possessive stays a place
    'Harrowby’s Peter Hale opened a bakery on Monday.',
    // a plural noun before "of" is no player: "Results of Norlandic league"
    SPORT + 'Results of Northern league matches played on Saturday follow.',
    // a country's team is the country, even where the sentence hides the tag
    'The new Norway captain was named on Friday.',
    'Two Portugal players were shown yellow cards.',
    // events in a sport report are no teams; an index named after its maker is no organisation
    SPORT + 'She finished fourth at the Harbour Games last year.',
    SPORT + 'The title went to Lee after the Coastal Masters ended on Sunday.',
    'The Ardley Marsh industrial average fell 30 points on Friday.',
    // lower case is no name; a sentence's first word is capitalised anyway
    'The treasury of the club is empty.',
    'Treasury officials declined to comment.',
    // a name in two capitalised parts is no organisation unless its second part is a kind of one
    'Analysts said McAllister would bid again.',
    // a lone letter names nothing, even after "company"
    'Shares offered by company N / A\nPrice range N / A',
    // a model number or a market index, not an organisation
    'The rebels were armed with KR-15 rifles.',
    'Overseas, the ZQXE 100 index climbed 2 percent.',
    // a sport's name is no team
    'Horse Racing resumes on Friday after the frost.',
    // a number of times after a strait is no channel
    'He swam the English Channel 3 times.',
    // a team's role is no team
    'The Team Lead, Ola Berg, spoke first.',
    // a day and a month after a word are a date line, not a score line
    'Published 4 November 2026\n\nThe chain recalled eleven cheeses.',
    'Updated 12 Jan 2026\n\nThe chain recalled eleven cheeses.',
    // a country with a compass name stays a country in a medals table
    'Medals table:\nSouth Africa 4 3 1 8\nNorth Korea 2 1 0 3',
    // a sentence's first word before an appositive; a region's possessive before a compass word
    'Previously, an affiliate of the firm bought 5 percent.',
    SPORT + 'The aim is to do for Europe’s West what was done in the east.',
    // a name joined to a participle by a hyphen is part of an adjective
    'Troops advanced from NDF-controlled areas on Monday.',
    'A United Nations-sponsored truce broke down.',
    // a singular champion is a person
    'The title went to champion Peter Hale on Sunday.',
    // the analyst's town after "in" is no employer
    'Analyst Marta Vell in Corbridge expects a rate cut.',
    // datelines: the place in capitals, its country, then a date or a source
    'KELMORE, Norland 2025-08-12\nThe council met on Tuesday.',
    'BRAVANE, Ostria (Wire) - Talks resumed on Tuesday.',
    'PORT ALVER, Aug. 12 - The harbour reopened.',
    // (the place's article in capitals, or a saint's abbreviation inside it)
    'THE HOLM, Jan 22 - The harbour reopened.',
    'PORT STE. AGNETA, Norland, Feb 11 - The harbour reopened.',
    // a stage of a tour is an event, in a game report too
    SPORT + 'His coach, Marta Lindqvist, said he would rest before the Tour Finals in London.',
    // a plural verb after a person asked about, after people coordinated, after a sentence's lone common word or a month
    'How many children does Ann Lee have?',
    'In May, Lee and Ortiz have left the firm.',
    'Lawsuits have piled up. Aircraft were grounded. March Velkodollars were off 13 points.',
    // a role noun that runs on into an office names no employer before it
    'Voters for a Tarvik Monarchy executive director Ann Lee said so.',
    // a bank holiday is no bank
    'Trains were busy over the August Bank Holiday weekend.',
    // a person described by a body they come from: the body is the object of "from", not the description's head
    'Committee member Joselo Tavira Neto, a first-term councillor from an opposition party, said so.',
    // a transcript's stage directions
    'HOST: Welcome back. (LAUGHS) So, the play?\nGUEST: (LAUGHS) It opens Friday. [CROSSTALK] Yes. (APPLAUSE)',
    // a work's title in quotation marks, whatever its last word
    'The top award went to "Winter Journal", a family drama from a first-time director.',
    // a province in a paper's abbreviation
    'Housing dominates the only televised debate of the N.S. campaign.',
  ])('%j', (text) => expect(orgMentions(text)).toEqual([]));
});

it('spreads a team to other mentions of its town, but not after "in"', () => {
  const text = 'Dunstable won the match on Saturday. Fans partied in Dunstable all night.';
  expect(orgMentions(text)).toEqual(['Dunstable']);
  expect(factsOf(text, 'organisation')[0]!.mentions[0]!.start).toBe(0);
});

it('reads a capitals schedule line as visitors at the hosts’ town', () => {
  const text = 'SATURDAY SCHEDULE\nHOLLOWMERE AT BRACKENBY\nDUNMOOR AT ASHCOMBE';
  expect(orgMentions(text).sort()).toEqual(['DUNMOOR', 'HOLLOWMERE']);
  expect(reasonsOf(text, 'HOLLOWMERE')).toBe('schedule-at');
});

describe('an acronym in brackets that spells another language\'s words', () => {
  it('is the short name of the body named right before it', () => {
    const text = 'The Norland Elections Commission (KPN) confirmed the result. KPN officials said turnout was high.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Norland Elections Commission', ['KPN']]]);
    expect(orgs[0]!.mentions).toHaveLength(3);
  });

  it('is no short name where it names a place or the agency of a dateline', () => {
    const text = 'KELBY (AFP) - Shares of Kelby Harbour Bank (US) rose.';
    expect(factsOf(text, 'organisation').flatMap((o) => o.aliases)).toEqual([]);
  });
});

describe('a company with and without its legal form', () => {
  it.each([
    ['The auditors, Linmoor Rask LLP, declined to comment. A Linmoor Rask spokeswoman, Ada Mol, said no.', 'LLP'],
    ['The buyer, Tarvik Hytte AB, declined to comment. A Tarvik Hytte spokeswoman, Ada Mol, said no.', 'AB'],
    // (two words of legal form after a word of the company's shape)
    ['The backer, Orlen Vask Partners Sdn Bhd, declined to comment. Ada Mol, who heads Asia investments at Orlen Vask '
      + 'Partners, said no.', 'Sdn Bhd'],
    // (a football club's mark)
    ['The buyers of Tarnby Rovers FC met the fans. A Tarnby Rovers spokeswoman, Ada Mol, said no.', 'FC'],
  ])('is one company with and without its legal form: %s', (text, form) => {
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.aliases)).toEqual([[expect.stringMatching(/^\S+ \S+(?: Partners)?$/)]]);
    expect(orgs[0]!.name.endsWith(` ${form}`)).toBe(true);
    expect(factsOf(text, 'person')[0]!.affiliation).toBe(orgs[0]!.name);
  });
});

describe('a short name of two words in a headline', () => {
  it('is the one name it opens, met after it', () => {
    const text = 'Kelvara Bio lands $9 million; Dunmarra Ridge, Tarnwick lead round\n\nOSLO, May 2 (Kelby Wire) - '
      + 'Kelvara Bio Ltd, a young Oslo maker of soil tests, said on Friday that it had closed a $9 million funding '
      + 'round led by Dunmarra Ridge Capital and Tarnwick Ventures LP, its biggest so far.';
    const orgs = factsOf(text, 'organisation').filter((o) => o.name.startsWith('Dunmarra'));
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Dunmarra Ridge Capital', ['Dunmarra Ridge']]]);
  });

  it('is the one name it opens whatever decided it, and so is the first word alone later', () => {
    const text = 'Dunvale Mutual to buy Kelbrook\n\nOSLO - Dunvale Mutual Life Assurance said on Friday it would buy '
      + 'Kelbrook Holdings. Shares in Dunvale fell 3 percent.';
    const orgs = factsOf(text, 'organisation').filter((o) => o.name.startsWith('Dunvale'));
    expect(orgs.map((o) => [o.name, o.aliases]))
      .toEqual([['Dunvale Mutual Life Assurance', ['Dunvale Mutual', 'Dunvale']]]);
  });

  it('is no other name it opens in the body: "Kelby University" is not "Kelby University Press"', () => {
    const text = 'Kelby University Press wins prize\n\nKelby University said on Friday that Kelby University Press won.';
    expect(factsOf(text, 'organisation').map((o) => o.name).sort())
      .toEqual(['Kelby University', 'Kelby University Press']);
  });
});

describe('a company and its country after "of"', () => {
  it('are two names, the company going by its first word too', () => {
    const text = 'It licensed the drug to Hanbit Biologics of South Korea last year. Hanbit said it expected approval.';
    expect(factsOf(text, 'organisation').map((o) => [o.name, o.aliases])).toEqual([['Hanbit Biologics', ['Hanbit']]]);
  });
});

describe('a bank of three words or more without its head word', () => {
  it('is the bank, and whom a bare chief executive after it serves', () => {
    const text = 'Regulators fined Tarnmoor Mercantile Bank on Tuesday. Funds went through Bluefen Trading Ltd first. '
      + 'Tarnmoor Mercantile, which is based in Leeds, accepted the fine. Chief executive Owen Morrow said sorry.';
    expect(factsOf(text, 'organisation').map((o) => o.name))
      .toEqual(['Tarnmoor Mercantile Bank', 'Bluefen Trading Ltd']);
    expect(factsOf(text, 'person')[0]).toMatchObject({ name: 'Owen Morrow', affiliation: 'Tarnmoor Mercantile Bank' });
  });
});

describe('a party or a movement without its head word', () => {
  it('is the body it names, and whom the role before a name serves', () => {
    const text = 'She met the heads of the rural Open Valley Movement on Monday. Open Valley leader Jerzy Wrona '
      + 'said farmers came first.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Open Valley Movement', ['Open Valley']]]);
    expect(factsOf(text, 'person')[0]).toMatchObject({ name: 'Jerzy Wrona', affiliation: 'Open Valley Movement' });
  });
});

describe('an acronym written as a word, its first letter alone in capitals', () => {
  it('is the name it spells, and names the body wherever it stands alone', () => {
    const text = 'Talks between the Associated Union of Ferry Operators (Aufo) and the port broke down. '
      + 'Aufo general secretary Ann Lee said the port had not moved.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Associated Union of Ferry Operators', ['Aufo']]]);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Associated Union of Ferry Operators', 'Aufo', 'Aufo']);
    expect(factsOf(text, 'person')[0])
      .toMatchObject({ name: 'Ann Lee', affiliation: 'Associated Union of Ferry Operators' });
  });

  it.each([
    // a word in brackets that spells no name is none's acronym
    'Shares of Harbour Lines (Reuters) rose on Monday.',
    'He met the Kelby Harbour Board (Ohio) on Monday.',
  ])('no alias in %j', (text) => {
    expect(factsOf(text, 'organisation').flatMap((o) => o.aliases)).toEqual([]);
  });
});

describe('names joined across "of", "for", "and" by the acronym after them', () => {
  it('joins a portfolio whose derived word the parse guessed a person\'s', () => {
    const text = 'The fire was 5% contained, according to the Oregon Department of Forestry and Fire Protection (Cal Fire).';
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['Oregon Department of Forestry and Fire Protection']);
  });

  it.each([
    ['Members of the Union for Rural Renewal (URR) marched on Monday.', 'Union for Rural Renewal', 'URR'],
    ['Trading on the Northern Grain and Livestock Exchange (NGLE) was thin.', 'Northern Grain and Livestock Exchange', 'NGLE'],
    ['The Council for Peace and Justice in Ostria (CPJO) met.', 'Council for Peace and Justice in Ostria', 'CPJO'],
    // an acronym with lower-case connectors inside, British style
    ['Ann Lee, chief executive of Transport for Norvale (TfN), said the line would open.', 'Transport for Norvale', 'TfN'],
    ['The Department for Harbours (DfH) said the pier would reopen.', 'Department for Harbours', 'DfH'],
    // a lower-case word between that opens with the first letter is passed over
    ['The Organisation of the Kelby Fishing Nations (OKFN) met.', 'Organisation of the Kelby Fishing Nations', 'OKFN'],
  ])('%s → %s', (text, name, alias) => {
    const [org] = factsOf(text, 'organisation');
    expect(org?.name).toBe(name);
    expect(org?.aliases).toEqual([alias]);
  });

  it.each([
    // the last part alone fits: nothing joins
    ['Ann Lee of the Kelmont Democratic Front (KDF) spoke.', 'Kelmont Democratic Front'],
    // the letters do not spell the joined words
    ['Talks in Norland and the Harbour Workers Union (HWU) failed.', 'Harbour Workers Union'],
  ])('%s keeps %s apart', (text, name) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual([name]);
  });
});

describe('an acronym nobody defines that spells the initials of a name in the article', () => {
  it.each([
    // before the name, or after it
    ['KLF fighters attacked the post. The Kelby Liberation Front said it had won.', 'Kelby Liberation Front', 'KLF'],
    ['The Kelby Liberation Front said it had won. KLF fighters attacked the post.', 'Kelby Liberation Front', 'KLF'],
    // a dotted short name opening the name spells all its letters, or none
    ['The U.N. Kelby Food Office warned of famine. KFO said rations were cut.', 'U.N. Kelby Food Office', 'KFO'],
    ['The U.S. Agency for Kelby Development cut grants. USAKD said so.', 'U.S. Agency for Kelby Development', 'USAKD'],
  ])('%s → one organisation, %s, with the alias %s', (text, name, alias) => {
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([[name, [alias]]]);
  });
  it.each([
    // an acronym no rule decided, its possessive opening a sentence too
    ["The show opened at the University of Northern Kelby. UNK's library lent three prints.", 'UNK'],
    ['Talks were held at the Kelby Trade Office on Monday. Officials said KTO staff were absent.', 'KTO'],
  ])('%s → the acronym %s is an organisation', (text, acronym) => {
    expect(factsOf(text, 'organisation').flatMap((o) => o.mentions.map((m) => m.text))).toContain(acronym);
  });
  it('stays apart where two names share the initials', () => {
    const text = 'KLF fighters attacked. The Kelby Liberation Front denied it; the Kelmont Land Fund agreed.';
    expect(factsOf(text, 'organisation').map((o) => o.name).sort()).toEqual(['KLF', 'Kelby Liberation Front', 'Kelmont Land Fund']);
  });
});

describe('an acronym the article defines that spells a closed-class word', () => {
  it.each([
    ['The World Harbour Organisation (WHO) met. A WHO spokesperson, Ann Lee, said no. WHO officials agreed.', 4],
    ['The Alliance of Northern Democrats (AND) won. AND members cheered.', 3],
  ])('%s → %d mentions (the name, its bracket and each use)', (text, count) => {
    const [org] = factsOf(text, 'organisation');
    expect(org?.mentions.length).toBe(count);
  });

  it('is a word like any other where the article defines nothing', () => {
    expect(orgMentions('Who said so? AND then it fell.')).toEqual([]);
  });
});

describe('a team and where it comes from', () => {
  it('splits "<team> of <country>" in a game report', () => {
    const text = 'The champions beat Hollowmere of Norway 3-1 in the final match.';
    expect(orgMentions(text)).toEqual(['Hollowmere']);
  });
  it('keeps "<body> of <country>" whole outside games', () => {
    expect(orgMentions('The Central Bank of Norway raised rates on Tuesday.')).toEqual(['Central Bank of Norway']);
  });
  it.each([
    'Ann Lee said it would take weeks to rebuild.',
    'Baker said it would appeal the ruling.',
  ])('no organisation in %j: a person may say "it would"', (text) => expect(orgMentions(text)).toEqual([]));

  it.each([
    ['The KSA Director said the launch would wait.', ['KSA']],
    ['Dana Ruiz, Kelmont President, said so. Kelmont shares fell.', ['Kelmont']],
    ['He ate at Velkor King on Friday.', []],
  ])('leaves the title of one who runs a body out of its name: %s', (text, names) => {
    expect(orgMentions(text).filter((n, i, all) => all.indexOf(n) === i)).toEqual(names);
  });

  it.each([
    ['An audit by the Office of the State Comptroller found waste.', 'Office of the State Comptroller'],
    ['She studied at the University of the Norland Coast.', 'University of the Norland Coast'],
    ['The International Committee of the White Crescent sent medical supplies.', 'International Committee of the White Crescent'],
    // a given name opening a body's name makes no person of it
    ['Kofi Mensah, president of the Kelby Chamber of Commerce, welcomed it.', 'Kelby Chamber of Commerce'],
    ["Analysts at the Kelmont Institute for Political Studies said so.", 'Kelmont Institute for Political Studies'],
    ["Analysts at Harland's Institute for Political Studies said so.", 'Institute for Political Studies'],
    ['A spokesman for the Department for Rural Roads said no.', 'Department for Rural Roads'],
    ['The Ministry for Coastal Affairs issued a warning.', 'Ministry for Coastal Affairs'],
    // a head word before "of" heads the whole name
    ['She will appeal to the Court of Arbitration for Sport.', 'Court of Arbitration for Sport'],
  ])('keeps "<head word> of the / for <name>" whole: %s', (text, name) => {
    expect(orgMentions(text)).toContain(name);
  });

  it.each([
    ["Norland's Fisheries and Coasts Authority fined the firm.", ['Fisheries and Coasts Authority']],
    ['A ruling by the Energy and Mines Commission came on Friday.', ['Energy and Mines Commission']],
    ['The U.S. Seeds and Soil Administration said so.', ['U.S. Seeds and Soil Administration']],
    // two words of the language before "and", none a body's head word
    ['She works for the National Coastal and Atmospheric Service.', ['National Coastal and Atmospheric Service']],
    // each part a body's name by itself: two bodies
    ['The Labour Party and Green Party agreed.', ['Labour Party', 'Green Party']],
    ['The Interior Ministry and Security Council met.', ['Interior Ministry', 'Security Council']],
    // a prefix joined by a hyphen to a word in lower case inside a name
    ['The Organisation for Harbour Co-operation and Development met.', ['Organisation for Harbour Co-operation and Development']],
    ['The Kelby Anti-corruption Commission said so.', ['Kelby Anti-corruption Commission']],
  ])('keeps "the <word> and <body>" whole: %s', (text, names) => expect(orgMentions(text)).toEqual(names));
  it.each([
    ['The Centres for Harbour Safety and Prevention sent a team.', ['Centres for Harbour Safety and Prevention']],
    ['He works at the Centre for Policy Research in Lanford.', ['Centre for Policy Research']],
    ['The Ministry of Defence and Harwell Corp agreed.', ['Ministry of Defence', 'Harwell Corp']],
    ['The Ministry of Finance and Tarvik Bank agreed.', ['Ministry of Finance', 'Tarvik Bank']],
    ['The Ministry of Finance and Kelby Bakery agreed.', ['Ministry of Finance', 'Kelby Bakery']],
    // a firm of partners' surnames, the last two joined by "&"; not after a place
    ['She worked for Harlow, Pike & Dunmore before setting up alone.', ['Harlow, Pike & Dunmore']],
    ['In Paris, Harlow & Pike opened an office.', ['Harlow & Pike']],
    // a place after "of" takes only another place after "and"
    ['She stood for the Green Party of England and Wales.', ['Green Party of England and Wales']],
    ['The Bank of England and Kelmont cut rates.', ['Bank of England', 'Kelmont']],
    ["The Bank of France and Germany's central bank agreed.", ['Bank of France']],
  ])('keeps "<centre> for …" and one word more after "and" whole: %s', (text, names) => {
    expect(orgMentions(text)).toEqual(names);
  });
  it('reads the Arabic article before a hyphen as no given name', () => {
    expect(orgMentions('Al-Kelmont, the extremist group, claimed responsibility.')).toEqual(['Al-Kelmont']);
  });
  it('reads no appositive in the next item of a list of origins', () => {
    expect(orgMentions("We've got fiddlers from Kelby Isle, a choir from Harlow and a brass band.")).toEqual([]);
  });
  it('reads no employer in the place where one speaks to reporters', () => {
    expect(orgMentions('"We cannot wait," she told reporters at the Capitol.')).toEqual([]);
  });
  it('reads no organisation in "told MPs"', () => expect(orgMentions('The minister told MPs the plan was fair.')).toEqual([]));
  it('reads no name in an office\'s charge after it', () => {
    const text = 'The grant was announced by Ola Berg, the Minister for Science and Innovation, who said it was fair.';
    expect(orgMentions(text)).toEqual([]);
    expect(factsOf(text, 'person').map((p) => p.name)).toEqual(['Ola Berg']);
  });

  it.each([
    ['My ties to the Republican party date back to 1979.', ['Republican party']],
    ['The Labour party won the seat.', ['Labour party']],
  ])('reads a party named with a lower-case "party": %s', (text, names) => expect(orgMentions(text)).toEqual(names));
  it.each([
    ['The Tories lost the vote.', ['Tories']],
    ['The Lib Dems and the Conservatives agreed.', ['Lib Dems', 'Conservatives']],
    ['Councillors from the Greens voted against.', ['Greens']],
    ['Democrats who backed the bill were thanked.', []],
  ])('reads a party named for its members, one word only after "the": %s', (text, names) => {
    expect(orgMentions(text)).toEqual(names);
  });
  it('reads no body in a headline\'s kind of body before "recalls"', () => {
    expect(orgMentions('Carmaker recalls 400,000 cars over airbag fault\n\nStellan Auto said on Friday it would fix them.'))
      .not.toContain('Carmaker');
  });
  it('reads a lower-case "of" and "and" in a title-case line as in prose', () => {
    const text = 'Briefer: Ines Ferro, Head Of Press, Ministry of Roads and Ports\n\nGood morning.';
    expect(orgMentions(text)).toContain('Ministry of Roads and Ports');
  });
  it('reads no body in a common noun opening a sentence before "members"', () => {
    expect(orgMentions('Family members said he was kind.')).toEqual([]);
  });
  it('reads no party in "a third party candidate"', () => expect(orgMentions('He ran as a third party candidate.')).toEqual([]));

  it.each([
    ["The Harlow County Sheriff's Office said the man was arrested.", ["Harlow County Sheriff's Office"]],
    ["The Lanford District Attorney's Office declined to comment.", ["Lanford District Attorney's Office"]],
    ['He was treated at St. Aldric Hospital.', ['St. Aldric Hospital']],
    ['He was taken to Linford Medical Center.', ['Linford Medical Center']],
    ["He was treated at St Aldric's Hospital on Monday.", ["St Aldric's Hospital"]],
  ])('keeps an office holder\'s or a saint\'s body whole: %s', (text, names) => expect(orgMentions(text)).toEqual(names));
  it.each([
    ['Tarvik Fire and Rescue Service said the fire began in a bedroom.', ['Tarvik Fire and Rescue Service']],
    ['Shares in Kelmont Energy and Harwell Holdings fell.', ['Kelmont Energy', 'Harwell Holdings']],
  ])('keeps a town\'s public service whole, and two companies apart: %s', (text, names) => {
    expect(orgMentions(text)).toEqual(names);
  });
  it.each([
    ['The Senate and House Ethics Committee met.', ['Senate', 'House Ethics Committee']],
    ['Datavane and the Mines Commission settled.', ['Mines Commission']],
  ])('keeps two bodies apart in %s', (text, names) => expect(orgMentions(text)).toEqual(names));
});

describe('a company whose own name has a possessive', () => {
  it('keeps the possessive in the name and in its short form', () => {
    const text = 'The offer for Harwell’s Holdings Inc. came on Monday. Investors bought Harwell’s stock on Tuesday.';
    const [org] = factsOf(text, 'organisation');
    expect(org?.name).toBe('Harwell’s Holdings Inc.');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Harwell’s Holdings Inc.', 'Harwell’s']);
  });
  it('reads an owner and its unit when the unit has a name of its own', () => {
    const text = 'Shares of Daltrey’s Kelmont Tool Inc rose on Monday.';
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['Kelmont Tool Inc']);
  });
});

it('reads no person in a plural name after "the"', () => {
  expect(factsOf('Two goals came for the Herons, who won for the third time.', 'person')).toEqual([]);
});

it('lets a speech verb yield to what the article says of the same name as an organisation', () => {
  const text = 'The chain was sold, Gazeta Norska daily said on Saturday. Gazeta Norska said its publisher agreed.';
  expect(orgMentions(text)).toEqual(['Gazeta Norska', 'Gazeta Norska']);
  expect(factsOf(text, 'person')).toEqual([]);
});

it('keeps a person who speaks when nothing calls the name an organisation', () => {
  const text = 'The chain was sold, Marta Vell said on Saturday. Marta Vell said the publisher agreed.';
  expect(factsOf(text, 'person').map((p) => p.name)).toEqual(['Marta Vell']);
});

describe("a club's town mark in brackets in a results table", () => {
  it('is part of the club name', () => {
    const text = 'Results on Saturday:\nHollowmere (B) 2 Brackenby 1\nStandings:\nHollowmere (B) 4 3 1 0 9 3 10';
    expect(orgMentions(text)).toContain('Hollowmere (B)');
  });
  it('is not taken from prose', () => {
    const text = 'Analysts at Kelmont Corp (N) said prices would rise.';
    expect(orgMentions(text)).toEqual(['Kelmont Corp']);
  });
});

describe('a name in capitals over a transcript, then as a sentence writes it', () => {
  it.each([
    ['KELBY NEWS NETWORK\nELECTION NIGHT\n\nHOST: Our poll for Kelby News Network is out.', 'Kelby News Network'],
  ])('%j → %s', (text, name) => expect(factsOf(text, 'organisation').map((o) => o.name)).toContain(name));
});

describe('a company’s short name shaped like a nationality', () => {
  it('takes no word in "-ish" or "-ese", known or not, for the short name', () => {
    const text = 'British Harbour Lines Ltd cut fares on Monday. Analysts said British had lost ground.';
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['British Harbour Lines Ltd']);
  });
});

describe('a nation\'s word is no body', () => {
  it.each([
    // a nationality before a noun, in a list of bodies
    ['The fund, backed by Italian bank Corvena Credito and Danish insurer Tarnhout Mutual, will open in May.', 'Danish'],
    ['The fund, backed by Italian bank Corvena Credito and Dutch insurer Tarnhout Mutual, will open in May.', 'Dutch'],
    // a tongue after words a body follows
    ['His essays were published in Danish and then in Polish.', 'Danish'],
  ])('%j: no organisation %s', (text, word) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).not.toContain(word);
  });
});

describe('a name the article tells as a body, met again with nothing but a given name to go on', () => {
  it.each([
    'The gearbox was designed with Dale Marren, a Scottish design consultancy. Dale Marren declined to '
      + 'comment.',
    'The fix came from the consultancy Dale Marren. Dale Marren declined to comment.',
  ])('is the body, not a person: %s', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
    expect(factsOf(text, 'organisation').map((o) => [o.name, o.mentions.length])).toEqual([['Dale Marren', 2]]);
  });
});

describe('a lone surname before a role word, of a person whom a given name of the world list named', () => {
  it('is that person, here and wherever it took the body\'s class from it', () => {
    const text = 'Tarsen rallies to beat Olvera in final\n\nZAGREB, Oct 12 - Japan\'s Kenji Tarsen rallied to beat '
      + 'Brazil\'s Lucia Olvera in the final on Sunday. Tarsen\'s coach, Ken Morita, said the title would lift his '
      + 'ranking.';
    expect(factsOf(text, 'organisation')).toEqual([]);
    const tarsen = factsOf(text, 'person').find((p) => p.name === 'Kenji Tarsen')!;
    expect(tarsen.mentions.map((m) => m.text)).toEqual(['Tarsen', 'Kenji Tarsen', 'Tarsen']);
  });
});

describe('a company met later without its legal form and the trade word that opens it', () => {
  it('is the company: "Quelcata" of "Minera Quelcata SA"', () => {
    const text = 'The court annulled the permit granted to Minera Quelcata SA. Quelcata said it would appeal.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['Minera Quelcata SA', 2]]);
  });
});

it('reads no body in a game won in overtime, "(OT)"', () => {
  expect(orgMentions('Semi-finals, Game 3: Kelby Falcons 94, Tarvik Lancers 88 (OT)')).not.toContain('OT');
});

it('reads a line that is a body\'s name alone as that name, not as a headline of words', () => {
  const text = 'Urban Transport and Roads Committee\nEvidence session: bus fares\nThe Chair: Order, order. We begin.';
  expect(orgMentions(text)).toEqual(['Urban Transport and Roads Committee']);
});

it('reads the body in a label\'s brackets after a name with a surname\'s particle', () => {
  const text = 'MODERATOR: Questions?\nAUDIENCE MEMBER (Joost de Vaal, Tarvik Onion Growers): Is spray allowed near schools?\n'
    + 'MODERATOR: Good question.';
  expect(orgMentions(text)).toEqual(['Tarvik Onion Growers']);
});

it('reads no web page\'s button as part of a name', () => {
  const names = orgMentions('Watch video 04:27 Share Kelbian police face questions Send Velkogram Tumblr Kelby Post');
  expect(names.filter((n) => /^(?:Share|Send) /.test(n))).toEqual([]);
});

describe('partners\' names and the kind of business they do', () => {
  it('reads one company, its short name an alias', () => {
    const text = 'The bistro is backed by Marlow & Quist Hospitality. Marlow & Quist mostly funds guesthouse chains.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['Marlow & Quist Hospitality']);
    expect(orgs[0]?.aliases).toContain('Marlow & Quist');
  });
  it.each([
    'Milk comes from Tarnby Vale Farmers, a co-operative just outside the town.',
    'The beans come from Tarnby Vale Farmers, a smallholders\' cooperative in the hills.',
  ])('reads a body its members own, described after its name: %j', (text) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['Tarnby Vale Farmers']);
  });
});

describe('a company named whole in capitals, then without its kind and legal form', () => {
  it('reads one company', () => {
    const text = 'BETWEEN: QUARNBY BRICK CONSTRUCTION LIMITED (Claimant)\n\n'
      + 'Q. You worked for Quarnby Brick on the scheme?';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['QUARNBY BRICK CONSTRUCTION LIMITED']);
    expect(orgs[0]?.aliases).toContain('Quarnby Brick');
  });
});

describe('teams that rescue and services that fly the hurt', () => {
  it.each([
    ['Volunteers from the Tarnby Fells Rescue Team joined the search.', 'Tarnby Fells Rescue Team'],
    ['The Kelby Air Ambulance helicopter flew twice.', 'Kelby Air Ambulance'],
  ])('reads a body: %j', (text, body) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual([body]);
  });
});

describe('bodies of a transcript\'s lists and a station\'s number', () => {
  it.each([
    // a saint's regional medical centre
    ['She was taken to St. Ermin\'s Regional Medical Center on Monday.', ["St. Ermin's Regional Medical Center"]],
    // a station's channel inside its name
    ['Tova Brink, Kelby 9 News, asked about the fire.', ['Kelby 9 News']],
    // a legal form in capitals closing a participants' line
    ['Participants:\nAnn Lee — Managing Director, Kelby Offshore AS\nTom Roe — Kelby Bank', ['Kelby Offshore AS', 'Kelby Bank']],
  ])('reads the bodies: %j', (text, bodies) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(bodies);
  });

  it('reads a body\'s first two words, told after its full name, as the body though their shape is a person\'s', () => {
    const text = 'A crew from Tova Brink Air Ambulance joined the search. He is being flown by Tova Brink to hospital.';
    expect(factsOf(text, 'person')).toEqual([]);
  });

  it.each([
    // a legal form's stop where another sentence follows
    ['It trails rivals such as Tarvik Corp. The bid failed.', ['Tarvik Corp.']],
    // a plural common word opening the sentence after a dateline
    ['KELBY - Shares of Tarvik Systems Inc. rose 4 percent on Monday.', ['Tarvik Systems Inc.']],
    // a country's church
    ['The Methodist Church in Ghana voted on Monday.', ['Methodist Church in Ghana']],
    // a union named for two kinds of members, each with its apostrophe; a paper whose head is "Standard"
    ["The Drivers' and Stage Workers' Union (DSWU) welcomed the deal.", ["Drivers' and Stage Workers' Union"]],
    ['Ivo Marr, theatre critic of the Kelby Standard, said so.', ['Kelby Standard']],
    // a word shaped as an adjective and a union's name with its branch's number
    ['Ana Ruiz, steward for Municipal and Transit Workers Union Local 9, said so.',
      ['Municipal and Transit Workers Union Local 9']],
  ])('reads the body whole: %j', (text, bodies) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(bodies);
  });

  it('reads a company\'s first word after a speech verb as the company, its name told before with a legal form', () => {
    const text = 'KELBY - Shares of Tarnvale Ferries Inc. fell on Monday. "We need steady hands," said Tarnvale chair '
      + 'Margit Holm.';
    expect(factsOf(text, 'person')).toEqual([
      expect.objectContaining({ name: 'Margit Holm', affiliation: 'Tarnvale Ferries Inc.' })]);
  });

  it('…or with a company\'s head word', () => {
    const text = 'Tarnfall Theatre Company has appointed Ann Lee. Ivo Marr, a critic, said Tarnfall\'s grant would stay.';
    expect(factsOf(text, 'person').map((p) => p.name)).toEqual(['Ann Lee', 'Ivo Marr']);
  });

  it('keeps a town\'s church and the town apart', () => {
    expect(factsOf('Mass was held at St. Ermin\'s Church in Boston.', 'organisation').map((o) => o.name))
      .toEqual(["St. Ermin's Church"]);
  });

  it('leaves a person the body named in their honour', () => {
    const text = 'The Ann Lee Foundation for the Arts gave a grant. Ann Lee painted it in 1960.';
    expect(factsOf(text, 'person').map((p) => p.name)).toEqual(['Ann Lee']);
  });
});

describe('acronyms no body is called by', () => {
  it.each([
    '[VIDEO] The new plant opened on Monday.',
    'Revenue rose, the CFO said, and the SVP agreed.',
  ])('reads no body: %j', (text) => {
    expect(factsOf(text, 'organisation')).toEqual([]);
  });
});

describe('bodies described after their names, and named for fields and members', () => {
  it.each([
    ['Red Kite Capital, a hedge fund which bet heavily, sued the exchange.', 'Red Kite Capital'],
    ['Kelby Ice Lookout, an NGO based in Quito, welcomed the launch.', 'Kelby Ice Lookout'],
    ['The wheat came from Vostrel Farm, a Lviv-based exporter, by rail.', 'Vostrel Farm'],
    ['Money went to the Harrowmere Consort Singers, a small ensemble that tours schools.',
      'Harrowmere Consort Singers'],
  ])('reads the body: %j', (text, body) => {
    expect(factsOf(text, 'organisation').map((o) => o.name)).toContain(body);
  });
  it('joins a country\'s field before "and" to a body named for its members', () => {
    const text = 'Orders fell, said the Norway Salt and Fish Traders\' Council on Monday.';
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(["Norway Salt and Fish Traders' Council"]);
  });
  it('reads a team that a relative clause says beat another', () => {
    const text = 'They will meet Oxford Gulls, who beat Tarnside Harriers 24-10 last Sunday, in the final.';
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['Oxford Gulls', 'Tarnside Harriers']);
  });
});

describe('a body and its short forms across paragraphs', () => {
  it.each([
    // a foundation or a co-operative goes by the rest of its name, its trade dropped with its head
    ['The Tarnwick Dawn Foundation will pay, it said.\n\nAnn Fitz, executive director of Tarnwick Dawn, said the '
      + 'board chose it.', 'Tarnwick Dawn Foundation', 'Tarnwick Dawn'],
    ['Shops and the Tarn Hill Milk Co-operative recalled cheese.\n\nAnn Fitz, chief executive of Tarn Hill, '
      + 'apologised.', 'Tarn Hill Milk Co-operative', 'Tarn Hill'],
    // a legal form with full stops, dropped as one without them is
    ['The house is owned by Tarnel Kelby S.A., which said so.\n\nTarnel Kelby Chief Executive Ann Fitz said the move '
      + 'was right.', 'Tarnel Kelby S.A.', 'Tarnel Kelby'],
    // a party called by its members, the one party their word opens
    ['The Liberal Reform Party came third.\n\nPolls put the Liberals at 12%.', 'Liberal Reform Party', 'Liberals'],
  ])('%j: one body, %s, also called %s', (text, name, alias) => {
    expect(factsOf(text, 'organisation').map((o) => [o.name, o.aliases])).toEqual([[name, [alias]]]);
  });

  it('not a body of its own that a longer name opens with: "Kelby University" of "Kelby University Trust"', () => {
    const text = 'The Kelby University Trust gave money.\n\nKelby University said it was grateful.';
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['Kelby University Trust', 'Kelby University']);
  });
});

describe('two bodies joined by "and"', () => {
  it('an airline named "<name> Air" and another airline are two', () => {
    expect(factsOf("Kelby's Tarnvik Air and Kelbind Airways agree to merge", 'organisation').map((o) => o.name))
      .toEqual(['Tarnvik Air', 'Kelbind Airways']);
  });
});
