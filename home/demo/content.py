"""The site's launch content about the Spark Social Enterprise project, in the site's own words.

Everything here is stated from the project's public record: its dates, partners, budget, tools and
reported results. Body fields use Wagtail's raw StreamField format.
"""

import datetime


def heading(text):
    return {"type": "heading", "value": {"text": text}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def key_figures(title, figures):
    return {
        "type": "key_figures",
        "value": {
            "title": title,
            "figures": [{"value": v, "label": label} for v, label in figures],
        },
    }


# An address of the demo's own, so that no placeholder domain shows in the footer or in e-mails.
CONTACT_EMAIL = "contact@spark-social-enterprise.eu"
PREVIOUS_CONTACT_EMAILS = ("contact@example.org",)

SITE_TAGLINE = "Social enterprises across England, France, Flanders and the Netherlands"

FUNDING_STATEMENT = (
    "Spark Social Enterprise (2S01-043) was co-funded by the European Regional Development Fund "
    "through the Interreg 2 Seas programme 2014-2020. The ERDF contributed EUR 1,851,385, 60% of "
    "the project's EUR 3,085,644 budget."
)

HOME = {
    "title": "Social enterprises that grow through innovation",
    "seo_title": "Spark Social Enterprise: events, stories and a directory of social enterprises",
    "search_description": (
        "The movement that grew out of Spark Social Enterprise: find social enterprises in "
        "England, France, Flanders and the Netherlands, read their stories and meet them at events."
    ),
    "intro": (
        "Spark Social Enterprise brought together universities, councils and support agencies on "
        "both sides of the North Sea to help social enterprises innovate and grow. This site carries "
        "that work on: meet the enterprises, read what they have achieved and join the next event."
    ),
}

ORGANISATIONS = [
    {
        "name": "Spark Social Enterprise",
        "role": "",
        "country": "",
        "city": "",
        "website": "",
        "short_description": (
            "The Interreg 2 Seas project (2016-2020) that helped social enterprises in England, "
            "Flanders and the Netherlands grow through innovation."
        ),
    },
    {
        "name": "University of Brighton",
        "role": "lead",
        "country": "GB",
        "city": "Brighton",
        "website": "https://www.brighton.ac.uk",
        "short_description": (
            "Lead partner of Spark. Its CENTRIM research centre studied how social enterprises "
            "innovate and shaped the project's research and tools."
        ),
    },
    {
        "name": "West Sussex County Council",
        "role": "partner",
        "country": "GB",
        "city": "Chichester",
        "website": "https://www.westsussex.gov.uk",
        "short_description": (
            "Coordinated the partnership and led the work on the Social Enterprise Innovation "
            "Accelerator Programme."
        ),
    },
    {
        "name": "Sociale InnovatieFabriek",
        "role": "partner",
        "country": "BE",
        "city": "Brussels",
        "website": "https://www.socialeinnovatiefabriek.be",
        "short_description": (
            "The Social Innovation Factory, based in Brussels, supports social entrepreneurs and "
            "social innovators, and co-organised the Spark Social Enterprise Day."
        ),
    },
    {
        "name": "De Punt",
        "role": "partner",
        "country": "BE",
        "city": "Ghent",
        "website": "",
        "short_description": "Spark's partner organisation in Ghent.",
    },
    {
        "name": "Stichting Stadsgarage",
        "role": "partner",
        "country": "NL",
        "city": "Haarlem",
        "website": "https://www.stadsgaragehaarlem.nl",
        "short_description": (
            "Spark's partner in Haarlem, also known through Seinwezen. The third international "
            "safari, in 2018, visited Haarlem and Rotterdam."
        ),
    },
    {
        "name": "Gemeente Haarlem",
        "role": "supporting",
        "country": "NL",
        "city": "Haarlem",
        "website": "https://www.haarlem.nl",
        "short_description": "The municipality of Haarlem took part as a supporting partner.",
    },
    {
        "name": "Interreg 2 Seas",
        "role": "funder",
        "country": "",
        "city": "",
        "website": "https://www.interreg2seas.eu",
        "short_description": (
            "The European territorial cooperation programme for the coastal regions of England, "
            "France, Flanders and the Netherlands, which co-funded Spark through the European "
            "Regional Development Fund."
        ),
    },
]

EVENT_INDEX = {
    "title": "Events",
    "intro": (
        "Gatherings where social enterprises, policy makers and the people who support them meet, "
        "learn from each other and plan what comes next."
    ),
}

SPARK_DAY = {
    "title": "Spark Social Enterprise Day",
    "slug": "spark-social-enterprise-day-2019",
    "artwork": "arches",
    "search_description": (
        "Spark's closing event on International Social Enterprise Day, 21 November 2019, at "
        "Les Ateliers des Tanneurs in Brussels."
    ),
    "summary": (
        "Spark's final major event, held on International Social Enterprise Day in Brussels: the "
        "project's results, hands-on workshops and a debate on what social enterprises need to "
        "keep innovating."
    ),
    "start_date": datetime.date(2019, 11, 21),
    "end_date": datetime.date(2019, 11, 21),
    "time_zone": "Europe/Brussels",
    "venue_name": "Les Ateliers des Tanneurs",
    "street_address": "Huidevettersstraat 60A",
    "postal_code": "1000",
    "city": "Brussels",
    "region": "Brussels-Capital Region",
    "country": "BE",
    "registration_url": "https://socialeinnovatiefabriek.events.idloom.com/spark-social-enterprise-day",
    "organisers": ["Sociale InnovatieFabriek", "Spark Social Enterprise"],
    "partners": [
        "Sociale InnovatieFabriek",
        "University of Brighton",
        "West Sussex County Council",
        "Stichting Stadsgarage",
        "Interreg 2 Seas",
    ],
    "audience": (
        "<ul>"
        "<li>Social enterprises active in Europe, from start-ups to well-established ones</li>"
        "<li>Policy makers and public bodies at European and local level</li>"
        "<li>Networks, funders and support agencies that work with social entrepreneurs</li>"
        "</ul>"
    ),
    "what_to_expect": (
        "<ul>"
        "<li>Hands-on workshops passing on the knowledge and tools built during Spark, for use in "
        "future programmes and policies for social enterprise</li>"
        "<li>Insights into how social enterprises achieve innovation that is sustainable and has a "
        "high impact</li>"
        "<li>A debate on the conditions and actions that help social enterprises innovate "
        "profitably</li>"
        "<li>Time to meet social enterprises, policy makers and support organisations</li>"
        "</ul>"
    ),
    "body": [
        heading("Why this day"),
        paragraph(
            "<p>After almost four years of research, coaching and exchange between England, "
            "Flanders and the Netherlands, Spark used International Social Enterprise Day to show "
            "what it had learned, and to ask the sector a simple question: what is needed next "
            "for the social enterprise movement to grow?</p>"
        ),
        paragraph(
            "<p>It was the last major event of the project, which closed at the end of March "
            "2020.</p>"
        ),
        heading("The venue"),
        paragraph(
            "<p>Les Ateliers des Tanneurs is an Art Nouveau complex in the Marolles, one of the "
            "oldest neighbourhoods of Brussels. Once a leather works, it now runs as a business "
            "centre for enterprises of the social economy: a fitting home for the day.</p>"
        ),
    ],
}

STORY_INDEX = {
    "title": "Stories",
    "intro": (
        "How social enterprises innovate, what they change for people and places, and what the "
        "Spark partners learned along the way."
    ),
}

STORIES = [
    {
        "title": "Three safaris, three countries: learning by visiting",
        "slug": "international-safaris",
        "artwork": "route",
        "date": datetime.date(2018, 3, 16),
        "tags": ["Accelerator", "Safari", "Netherlands"],
        "enterprises": ["tidewell-kitchens", "kringloopkompas", "zoutkeet-kantine"],
        "intro": (
            "Between June 2017 and March 2018, social entrepreneurs from the Accelerator travelled "
            "to each other's countries to see innovation at work, in the UK, in Belgium and in "
            "Haarlem and Rotterdam."
        ),
        "body": [
            paragraph(
                "<p>Coaching and workshops can only go so far. To see how other social enterprises "
                "turn an idea into a service that pays its way, the Spark Accelerator sent its "
                "participants on the road. The programme called these week-long study trips "
                "<em>safaris</em>: five days of visits, conversations and peer learning in a "
                "partner country.</p>"
            ),
            heading("The route"),
            paragraph(
                "<ul>"
                "<li><b>12 to 16 June 2017</b>: the United Kingdom.</li>"
                "<li><b>2 to 6 October 2017</b>: Belgium.</li>"
                "<li><b>12 to 16 March 2018</b>: Haarlem and Rotterdam in the Netherlands.</li>"
                "</ul>"
            ),
            paragraph(
                "<p>The third safari brought some 60 participants to the Netherlands and ended with "
                "a stakeholder event for the Benelux, where entrepreneurs, municipalities and "
                "support organisations compared notes on what helps social enterprises grow.</p>"
            ),
            heading("Why travel"),
            paragraph(
                "<p>Each country gives social enterprises a different shape: community interest "
                "companies in England, co-operatives and non-profit associations in Belgium, "
                "foundations and mission-driven private companies in the Netherlands. Visiting "
                "peers who work under other rules, with other funders and customers, is a quick "
                "way to question one's own habits. The safaris sat beside the Accelerator's "
                "one-to-one coaching and peer learning as its third ingredient.</p>"
            ),
        ],
    },
    {
        "title": "A roadmap for innovation, used by 75 social enterprises",
        "slug": "innovation-roadmap",
        "artwork": "steps",
        "date": datetime.date(2019, 6, 3),
        "tags": ["Tools", "Innovation"],
        "enterprises": ["harbourlight-community-energy", "tweede-nerf", "saltmarsh-wheelworks"],
        "intro": (
            "Spark's research showed what holds social enterprises back when they try something "
            "new. The Social Enterprise Innovation Roadmap turned those findings into a tool that "
            "75 social enterprises went on to use."
        ),
        "body": [
            paragraph(
                "<p>Spark began with listening. Researchers and partners spoke with 160 social "
                "enterprises and stakeholders about the barriers they meet when they try to grow "
                "through innovation: too little time to step back from daily work, finance that "
                "rewards the safe option, and few places to test an idea before betting the "
                "organisation on it.</p>"
            ),
            key_figures(
                "From research to practice",
                [
                    ("160", "social enterprises and stakeholders took part in the research"),
                    (
                        "60",
                        "stakeholders in the UK, Belgium and the Netherlands shaped the Strategy and Action Plan",
                    ),
                    ("75", "social enterprises used the Innovation Roadmap"),
                ],
            ),
            heading("What the roadmap does"),
            paragraph(
                "<p>The Social Enterprise Innovation Roadmap walks a team through an innovation "
                "step by step: where the idea comes from, who it serves, how it will earn its keep "
                "and how its social or environmental impact will be shown. A version for start-ups "
                "follows the same path for organisations in their first three years.</p>"
            ),
            paragraph(
                "<p>Alongside it, the partners developed the <em>1-2-3 Go!</em> method for working "
                "through an idea quickly, and a start-up programme with an online course, "
                "<em>My Start Up Social Enterprise</em>.</p>"
            ),
            heading("What counts as a social enterprise"),
            paragraph(
                "<p>Spark worked with a practical definition. A social enterprise has a social or "
                "environmental mission; earns, or is working towards earning, at least a quarter "
                "of its income from selling goods or services; is independent; and reinvests its "
                "profits in its mission. Enterprises older than three years counted as "
                "established, younger ones as start-ups.</p>"
            ),
        ],
    },
    {
        "title": "Time to say goodbye: Spark's closing day in Brussels",
        "slug": "closing-day-brussels",
        "artwork": "waves",
        "date": datetime.date(2019, 11, 21),
        "tags": ["Events", "Policy"],
        "event": "spark-social-enterprise-day-2019",
        "enterprises": ["pollepel-louche", "watts-du-houtland", "spaakwerk-leiden"],
        "intro": (
            "On International Social Enterprise Day 2019 the Spark partners met social "
            "entrepreneurs, policy makers and funders in Brussels to share their results and ask "
            "what the movement needs next."
        ),
        "body": [
            paragraph(
                "<p>The Spark Social Enterprise Day took place on 21 November 2019 at Les Ateliers "
                "des Tanneurs in the Marolles district of Brussels, organised by the Sociale "
                "InnovatieFabriek with the Spark partnership. It was the project's last major "
                "event before it closed in March 2020.</p>"
            ),
            heading("Results to share"),
            paragraph(
                "<p>The partners reported that 25 established social enterprises in the UK and 50 "
                "in Belgium and the Netherlands completed the Accelerator, which combined "
                "one-to-one coaching, peer learning and international safaris. The Innovation "
                "Roadmap was used in 75 social enterprises.</p>"
            ),
            key_figures(
                "The Accelerator in numbers",
                [
                    ("25", "established social enterprises completed the Accelerator in the UK"),
                    ("50", "completed it in Belgium and the Netherlands"),
                    ("3", "international safaris, in 2017 and 2018"),
                ],
            ),
            heading("A conversation, not only a presentation"),
            paragraph(
                "<p>Besides presenting results, the day offered hands-on workshops on the tools "
                "Spark built, insights into sustainable, high-impact innovation, and a debate on "
                "the conditions and actions that let social enterprises innovate and still make a "
                "living. The partners wanted to hear from the sector what it needs next to grow "
                "the movement.</p>"
            ),
        ],
    },
]

ABOUT = {
    "title": "About Spark",
    "slug": "about",
    "search_description": (
        "Spark Social Enterprise: an Interreg 2 Seas project (2016-2020) that helped social "
        "enterprises in England, Flanders and the Netherlands grow through innovation."
    ),
    "intro": (
        "Spark Social Enterprise was a cross-border project that ran from January 2016 to March "
        "2020 to help social enterprises develop sustainable, high-impact innovations that lead "
        "to growth."
    ),
    "body": [
        heading("What Spark set out to do"),
        paragraph(
            "<p>Social enterprises trade to achieve a social or environmental mission. Many have "
            "good ideas for new products and services but find it hard to develop them while "
            "keeping the organisation afloat. Spark aimed to help them innovate in ways that last "
            "and lead to growth, and to improve the tools and support that programmes and public "
            "bodies offer them.</p>"
        ),
        paragraph(
            "<p>The project was part of the Interreg 2 Seas programme 2014-2020, under its priority "
            "for technological and social innovation, with the specific objective of improving the "
            "framework conditions for innovation.</p>"
        ),
        heading("Results"),
        key_figures(
            "What the partners reported",
            [
                (
                    "160",
                    "social enterprises and stakeholders took part in research on the barriers to growth through innovation",
                ),
                (
                    "60",
                    "stakeholders across the UK, Belgium and the Netherlands built a Strategy and Action Plan",
                ),
                ("75", "social enterprises used the Innovation Roadmap"),
                (
                    "75",
                    "established social enterprises completed the Accelerator: 25 in the UK, 50 in Belgium and the Netherlands",
                ),
            ],
        ),
        heading("Tools and programmes"),
        paragraph(
            "<ul>"
            "<li><b>Social Enterprise Innovation Roadmap</b>: a step-by-step guide through an "
            "innovation, with a version for start-ups.</li>"
            "<li><b>1-2-3 Go!</b>: a quick method for working an idea through.</li>"
            "<li><b>Social Enterprise Innovation Accelerator Programme</b>: one-to-one coaching, "
            "peer learning and three international safaris for established social enterprises.</li>"
            "<li><b>Start-Up Programme</b>: support for young social enterprises, including the "
            "online course <em>My Start Up Social Enterprise</em>.</li>"
            "</ul>"
        ),
        heading("Partners"),
        paragraph(
            "<p>The University of Brighton led the project through its CENTRIM research centre. "
            "West Sussex County Council coordinated the partnership and led the Accelerator. The "
            "Sociale InnovatieFabriek in Brussels, De Punt in Ghent and Stichting Stadsgarage "
            "(Seinwezen) in Haarlem completed the partnership, with the municipality of Haarlem as "
            "a supporting partner.</p>"
        ),
        heading("The 2 Seas area"),
        paragraph(
            "<p>The Interreg 2 Seas programme covers the regions around the Channel and the southern "
            "North Sea: the south-west, south-east and east of England from Cornwall to Norfolk; "
            "Nord, Pas-de-Calais, Somme and Aisne in France; West Flanders, East Flanders and "
            "Antwerp in Belgium; and Zeeland with the coastal parts of South Holland, North Holland "
            "and western North Brabant in the Netherlands. Together they form 59 regions with "
            "about 29 million inhabitants.</p>"
        ),
        heading("Funding"),
        paragraph(
            "<p>Spark had a total budget of EUR 3,085,644. The European Regional Development Fund "
            "contributed EUR 1,851,385, or 60%, through the Interreg 2 Seas programme (subsidy "
            "contract 2S01-043).</p>"
        ),
    ],
}

PRIVACY = {
    "title": "Privacy notice",
    "slug": "privacy",
    "intro": "What this site stores about you, why, for how long, and how to have it removed.",
    "body": [
        heading("Visiting the site"),
        paragraph(
            "<p>You can read every page and search the directory without an account and without "
            "cookies that track you. The web server keeps technical logs to keep the site secure "
            "and working; they are deleted after 30 days.</p>"
        ),
        heading("Listing an enterprise"),
        paragraph(
            "<p>When you submit or update a listing we store what you enter about the enterprise, "
            "which becomes public once an editor approves it, and your own name, role and e-mail "
            "address, which are never published. We use your contact details only to confirm the "
            "submission, to tell you about the editors' decision and to let you update the listing "
            "later.</p>"
        ),
        paragraph(
            "<p>A submission you do not confirm is deleted when its confirmation link expires, "
            "after 7 days. Your contact details are kept for as long as the listing is in the "
            "directory, and deleted with it.</p>"
        ),
        heading("Having your data removed"),
        paragraph(
            "<p>Use the “Update your listing” link on your enterprise's profile to ask for the "
            "listing and your personal data to be removed; an editor confirms the removal. You can "
            "also write to the contact address at the foot of every page. You have the rights of "
            "access, correction and erasure under the General Data Protection Regulation.</p>"
        ),
    ],
}
