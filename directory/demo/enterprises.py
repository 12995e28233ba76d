"""Fictional social enterprises for the directory's demo listings."""

ENTERPRISES = [
    # ------------------------------------------------------------------
    # England (GB)
    # ------------------------------------------------------------------
    {
        "name": "Tidewell Kitchens",
        "slug": "tidewell-kitchens",
        "summary": "A seafront café and training kitchen in Hastings that prepares people leaving prison or long-term unemployment for jobs in local hospitality.",
        "description": (
            "Tidewell Kitchens runs a 40-cover café on the Hastings seafront and a production kitchen that supplies "
            "sandwiches and soups to offices in the town. Most of the kitchen team joined through a 16-week traineeship "
            "for people with convictions or long gaps in their work history.\n\n"
            "Trainees work paid shifts alongside two professional chefs, study for a food hygiene certificate and get "
            "help with interviews and opening a bank account. Towards the end of the traineeship, staff help each person "
            "find a job with one of around a dozen partner employers along the coast.\n\n"
            "Surplus food from the production kitchen goes to a community pantry in the Old Town twice a week."
        ),
        "country": "GB",
        "region": "East Sussex",
        "city": "Hastings",
        "street_address": "27 Robertson Street",
        "postal_code": "TN34 1HL",
        "latitude": 50.8552,
        "longitude": 0.5729,
        "sectors": ["hospitality", "work-integration", "food-agriculture"],
        "sdgs": [8, 10, 2],
        "legal_form": "cic",
        "year_founded": 2014,
        "size_band": "small",
        "website": "https://tidewellkitchens.example",
        "public_email": "hello@tidewellkitchens.example",
        "spark_programme": "accelerator",
        "spark_year": 2018,
        "certifications": ["social-enterprise-mark", "living-wage-employer"],
        "innovations": [
            {
                "title": "Paid traineeship with a guaranteed interview",
                "description": "Every trainee who completes the 16 weeks is guaranteed an interview with at least one partner employer. The arrangement was agreed with local hotels and restaurants in 2019.",
                "year": 2019,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "trainees completing the 16-week traineeship",
                "value": 23,
                "unit": "people",
                "year": 2023,
                "sdg": 8,
                "source_url": "https://tidewellkitchens.example/impact-2023",
                "verified": True,
            },
            {
                "indicator": "completers in paid work six months later",
                "value": 61,
                "unit": "%",
                "year": 2023,
                "sdg": 8,
                "source_url": "https://tidewellkitchens.example/impact-2023",
                "verified": False,
            },
        ],
    },
    {
        "name": "Saltmarsh Wheelworks",
        "slug": "saltmarsh-wheelworks",
        "summary": "A Norwich bike workshop that rescues abandoned bicycles, repairs them with trainee mechanics and sells or lends them at low cost.",
        "description": (
            "Saltmarsh Wheelworks collects bicycles left at railway stations, university racks and council recycling "
            "centres across Norfolk. In a former print works near the river, a small team strips, repairs and "
            "safety-checks them before they are sold with a six-month guarantee.\n\n"
            "Each year the workshop takes on young adults who have left school without qualifications. They train as "
            "bike mechanics over nine months and can work towards an accredited cycle maintenance certificate.\n\n"
            "A lending scheme offers refurbished bikes for a nominal fee to people starting new jobs who cannot yet "
            "afford their own transport."
        ),
        "country": "GB",
        "region": "Norfolk",
        "city": "Norwich",
        "street_address": "",
        "postal_code": "",
        "latitude": 52.6309,
        "longitude": 1.2974,
        "sectors": ["mobility", "circular-economy", "work-integration"],
        "sdgs": [11, 12, 8, 3],
        "legal_form": "cic",
        "year_founded": 2016,
        "size_band": "micro",
        "website": "https://saltmarshwheels.example",
        "public_email": "",
        "spark_programme": "startup",
        "spark_year": 2017,
        "certifications": [],
        "innovations": [
            {
                "title": "Bike loans for new starters",
                "description": "People who have just accepted a job offer can borrow a serviced bike and lock for three months for a small fee. About half later buy the bike at a reduced price.",
                "year": 2020,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "bicycles refurbished and returned to use",
                "value": 412,
                "unit": "bikes",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "trainee mechanics completing the nine-month programme",
                "value": 7,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Harbourlight Community Energy",
        "slug": "harbourlight-community-energy",
        "summary": "A community-owned society that finances and installs solar panels on schools, church halls and workshops around Plymouth.",
        "description": (
            "Harbourlight Community Energy raises money through community share offers and uses it to put solar "
            "panels on roofs owned by schools, charities and small businesses. The building owners buy the electricity "
            "at a fixed price below the grid tariff, while the society keeps ownership of the panels.\n\n"
            "Members receive a modest interest payment on their shares. Surplus income goes into a small fund that "
            "pays for draught-proofing and energy advice for households on low incomes in the city.\n\n"
            "The society is run by two part-time staff and a volunteer board elected at the annual general meeting."
        ),
        "country": "GB",
        "region": "Devon",
        "city": "Plymouth",
        "street_address": "9 Looe Street",
        "postal_code": "PL4 0EA",
        "latitude": 50.3707,
        "longitude": -4.1375,
        "sectors": ["energy", "finance"],
        "sdgs": [7, 13, 11, 3],
        "legal_form": "community_benefit_society",
        "year_founded": 2013,
        "size_band": "micro",
        "website": "https://harbourlight-energy.example",
        "public_email": "members@harbourlight-energy.example",
        "spark_programme": "accelerator",
        "spark_year": 2019,
        "certifications": [],
        "innovations": [
            {
                "title": "Shared solar for terraced streets",
                "description": "A pilot links one larger roof array to a group of neighbouring homes through a local supply arrangement. Eight households took part in the first year.",
                "year": 2024,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "installed solar capacity owned by the society",
                "value": 1.4,
                "unit": "MWp",
                "year": 2024,
                "sdg": 7,
                "source_url": "https://harbourlight-energy.example/annual-report-2024",
                "verified": True,
            },
            {
                "indicator": "electricity generated by society-owned panels",
                "value": 1210,
                "unit": "MWh",
                "year": 2024,
                "sdg": 7,
                "source_url": "https://harbourlight-energy.example/annual-report-2024",
                "verified": True,
            },
            {
                "indicator": "members holding community shares",
                "value": 386,
                "unit": "members",
                "year": 2024,
                "sdg": 11,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Kindred Hearth Care Co-operative",
        "slug": "kindred-hearth-care-co-operative",
        "summary": "A worker-owned home care co-operative in Brighton where care staff set their own rotas and share in decisions and surpluses.",
        "description": (
            "Kindred Hearth provides home care to older and disabled people in Brighton and Hove, from help with "
            "washing and meals to overnight support. The co-operative is owned by its care workers, who elect the board "
            "and vote on how any surplus is used.\n\n"
            "Visits are never shorter than 45 minutes, and each client is supported by a small team of the same three "
            "or four carers. Staff are paid for travel time between visits and earn at least the Real Living Wage.\n\n"
            "Staff turnover has stayed well below the sector average, which the members put down to predictable hours "
            "and a real say in how the work is organised."
        ),
        "country": "GB",
        "region": "East Sussex",
        "city": "Brighton",
        "street_address": "112 Lewes Road",
        "postal_code": "BN2 3QA",
        "latitude": 50.8341,
        "longitude": -0.1245,
        "sectors": ["health-social-care"],
        "sdgs": [3, 8, 5],
        "legal_form": "cooperative",
        "year_founded": 2011,
        "size_band": "medium",
        "website": "https://kindredhearth.example",
        "public_email": "care@kindredhearth.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["living-wage-employer"],
        "innovations": [
            {
                "title": "Team-based care rounds",
                "description": "Small self-managing teams plan visits for a fixed group of clients instead of receiving rotas from a central office.",
                "year": 2016,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "hours of home care delivered",
                "value": 118000,
                "unit": "hours",
                "year": 2024,
                "sdg": 3,
                "source_url": "https://kindredhearth.example/members-report",
                "verified": True,
            },
            {
                "indicator": "annual staff turnover",
                "value": 14,
                "unit": "%",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "care workers who are member-owners",
                "value": 71,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Chalkpath Community Land Trust",
        "slug": "chalkpath-community-land-trust",
        "summary": "A community land trust building and managing permanently affordable rented homes on small brownfield sites in Folkestone.",
        "description": (
            "Chalkpath Community Land Trust was set up by residents who watched young families and care workers being "
            "priced out of the town. It acquires small plots, often former garages or builders' yards, and works with a "
            "housing association partner to build homes let at rents tied to local incomes.\n\n"
            "Because the land stays in community ownership, the homes cannot be sold on at market value. Tenants can "
            "join the trust as members, and two seats on the board are reserved for them.\n\n"
            "The first scheme of twelve flats was completed in 2021, and a second site with nine homes has planning "
            "permission."
        ),
        "country": "GB",
        "region": "Kent",
        "city": "Folkestone",
        "street_address": "",
        "postal_code": "",
        "latitude": 51.0814,
        "longitude": 1.1695,
        "sectors": ["housing", "community-cohesion"],
        "sdgs": [11, 1, 10],
        "legal_form": "clg",
        "year_founded": 2015,
        "size_band": "micro",
        "website": "https://chalkpathclt.example",
        "public_email": "info@chalkpathclt.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Garage-site infill homes",
                "description": "A standard design for two-storey homes that fit on disused council garage plots, which lowers design costs for each new site.",
                "year": 2019,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "permanently affordable homes completed",
                "value": 12,
                "unit": "homes",
                "year": 2021,
                "sdg": 11,
                "source_url": "https://chalkpathclt.example/our-homes",
                "verified": True,
            },
            {
                "indicator": "average rent as a share of local market rent",
                "value": 62,
                "unit": "%",
                "year": 2024,
                "sdg": 1,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Nettlebrook Learning Farm",
        "slug": "nettlebrook-learning-farm",
        "summary": "A small working farm on the edge of Ipswich where children and adults with additional needs learn outdoors and help restore a stream valley.",
        "description": (
            "Nettlebrook Learning Farm keeps sheep, poultry and a two-acre vegetable plot on rented land at the edge of "
            "Ipswich. Schools book day visits, and a weekly programme runs for young people who find classroom "
            "learning difficult.\n\n"
            "Adults with learning disabilities attend three days a week as volunteers, growing vegetables that are sold "
            "from a farm stall. Sessions are led by qualified teachers and a countryside ranger.\n\n"
            "Since 2020 the farm has worked with landowners downstream to replant hedges, dig ponds and fence cattle "
            "out of the brook. Water quality has improved, and water voles have been recorded again."
        ),
        "country": "GB",
        "region": "Suffolk",
        "city": "Ipswich",
        "street_address": "230 Rushmere Road",
        "postal_code": "IP4 3LU",
        "latitude": None,
        "longitude": None,
        "sectors": ["education-skills", "environment-nature", "food-agriculture"],
        "sdgs": [4, 15, 6, 3],
        "legal_form": "charity",
        "year_founded": 2004,
        "size_band": "small",
        "website": "https://nettlebrookfarm.example",
        "public_email": "visits@nettlebrookfarm.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Farm-based alternative provision",
                "description": "A two-day-a-week outdoor curriculum for pupils at risk of exclusion, commissioned by three secondary schools.",
                "year": 2018,
                "stage": "established",
            },
            {
                "title": "Brook restoration with volunteer monitoring",
                "description": "Volunteers take monthly water samples at six points along the brook and share the results with the regional rivers trust.",
                "year": 2021,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "pupils attending farm-based sessions",
                "value": 640,
                "unit": "pupils",
                "year": 2023,
                "sdg": 4,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "new hedgerow planted along the brook",
                "value": 1.8,
                "unit": "km",
                "year": 2023,
                "sdg": 15,
                "source_url": "https://nettlebrookfarm.example/brook-project",
                "verified": True,
            },
        ],
    },
    {
        "name": "Pixelforge Access",
        "slug": "pixelforge-access",
        "summary": "Refurbishes donated laptops and pairs them with free digital skills coaching for residents of Southampton who are not yet online.",
        "description": (
            "Pixelforge Access collects laptops and tablets that local businesses and the university no longer need. "
            "After certified data wiping, volunteers repair the devices and install free software before passing them "
            "to residents referred by libraries, housing officers and job centres.\n\n"
            "Each device comes with six one-to-one sessions covering email, online forms, video calls and spotting "
            "scams. Coaches meet learners in community centres and, where needed, at home.\n\n"
            "Devices that cannot be repaired are stripped for spare parts, and the remainder goes to an accredited "
            "recycler."
        ),
        "country": "GB",
        "region": "Hampshire",
        "city": "Southampton",
        "street_address": "60 Onslow Road",
        "postal_code": "SO14 0JJ",
        "latitude": 50.9097,
        "longitude": -1.4044,
        "sectors": ["tech-for-good", "education-skills", "circular-economy"],
        "sdgs": [4, 10, 9, 12],
        "legal_form": "cic",
        "year_founded": 2019,
        "size_band": "micro",
        "website": "https://pixelforge.example",
        "public_email": "hello@pixelforge.example",
        "spark_programme": "startup",
        "spark_year": 2019,
        "certifications": [],
        "innovations": [
            {
                "title": "Scam-awareness module for older learners",
                "description": "A short course developed with a local pensioners' group that uses real examples of fraudulent messages. It is now part of every coaching package.",
                "year": 2022,
                "stage": "established",
            },
            {
                "title": "Secure data erasure as a paid service",
                "description": "Small businesses pay for certified erasure of their old devices, and the fee covers part of the cost of refurbishing donations.",
                "year": 2024,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "refurbished devices given to residents",
                "value": 530,
                "unit": "devices",
                "year": 2024,
                "sdg": 10,
                "source_url": "https://pixelforge.example/impact",
                "verified": False,
            },
            {
                "indicator": "people completing six coaching sessions",
                "value": 318,
                "unit": "people",
                "year": 2024,
                "sdg": 4,
                "source_url": "https://pixelforge.example/impact",
                "verified": False,
            },
            {
                "indicator": "electronic waste sent to accredited recycling",
                "value": 2.3,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Kestrel Lane Community Finance",
        "slug": "kestrel-lane-community-finance",
        "summary": "A community lender in Colchester offering small, fairly priced loans and savings accounts to households turned away by banks.",
        "description": (
            "Kestrel Lane Community Finance makes loans of between £200 and £3,000 to people who would otherwise turn "
            "to doorstep lenders or other high-cost credit. Interest rates are capped, and repayments are set after a "
            "conversation about what the borrower can realistically afford.\n\n"
            "Borrowers are encouraged to save a small amount with each repayment, and many build up their first "
            "savings balance this way. The society also offers free budgeting appointments with trained volunteers.\n\n"
            "It is funded by member share capital, a loan from a regional social investor and fees from a partnership "
            "with two housing associations."
        ),
        "country": "GB",
        "region": "Essex",
        "city": "Colchester",
        "street_address": "41 Crouch Street",
        "postal_code": "CO3 3EN",
        "latitude": 51.8880,
        "longitude": 0.8930,
        "sectors": ["finance"],
        "sdgs": [1, 10, 8],
        "legal_form": "community_benefit_society",
        "year_founded": 2009,
        "size_band": "small",
        "website": "https://kestrellane.example",
        "public_email": "loans@kestrellane.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["living-wage-employer"],
        "innovations": [
            {
                "title": "Save-as-you-repay loans",
                "description": "A fixed amount is added to each loan repayment and held in the borrower's own savings account, which they can draw on once the loan is repaid.",
                "year": 2014,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "affordable loans issued",
                "value": 1140,
                "unit": "loans",
                "year": 2023,
                "sdg": 1,
                "source_url": "https://kestrellane.example/annual-review-2023",
                "verified": True,
            },
            {
                "indicator": "estimated interest saved by borrowers compared with high-cost credit",
                "value": 486000,
                "unit": "GBP",
                "year": 2023,
                "sdg": 1,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Tinworks Theatre Collective",
        "slug": "tinworks-theatre-collective",
        "summary": "A touring theatre company that makes plays with residents of former mining villages in Cornwall, using their own stories and voices.",
        "description": (
            "Tinworks Theatre Collective spends several months in each village it works with, running open workshops "
            "in halls, pubs and schools. The stories gathered become a short play performed by a mix of residents and "
            "two or three professional actors.\n\n"
            "Productions tour to neighbouring villages and are staged in non-theatre spaces, so tickets stay cheap and "
            "audiences do not have to travel far. Recordings and scripts are deposited with the county archive.\n\n"
            "The company also runs a paid trainee scheme for young Cornish people who want to work backstage."
        ),
        "country": "GB",
        "region": "Cornwall",
        "city": "Truro",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["culture-creative", "community-cohesion"],
        "sdgs": [11, 4, 10],
        "legal_form": "cic",
        "year_founded": 2012,
        "size_band": "micro",
        "website": "",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["social-enterprise-mark"],
        "innovations": [],
        "impact": [
            {
                "indicator": "residents taking part in story workshops",
                "value": 275,
                "unit": "people",
                "year": 2023,
                "sdg": 11,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "audience members at village performances",
                "value": 2300,
                "unit": "people",
                "year": 2023,
                "sdg": 11,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Longshore Laundry Works",
        "slug": "longshore-laundry-works",
        "summary": "A commercial laundry in Worthing serving hotels and care homes, staffed largely by people in recovery from addiction.",
        "description": (
            "Longshore Laundry Works washes, dries and presses linen for around 30 hotels, guest houses and care homes "
            "along the Sussex coast. It was started by a former recovery worker who wanted to create steady, structured "
            "jobs for people leaving treatment.\n\n"
            "New staff begin on short shifts and increase their hours as they feel ready, with a support worker on "
            "site two days a week. Everyone moves to a permanent contract after a three-month trial.\n\n"
            "In 2022 the laundry replaced its gas dryers with heat-pump machines, cutting both its energy bills and "
            "its emissions."
        ),
        "country": "GB",
        "region": "West Sussex",
        "city": "Worthing",
        "street_address": "Unit 4, Dominion Way",
        "postal_code": "BN14 8NW",
        "latitude": 50.8272,
        "longitude": -0.3625,
        "sectors": ["work-integration", "health-social-care"],
        "sdgs": [8, 3, 10, 12],
        "legal_form": "cic",
        "year_founded": 2017,
        "size_band": "small",
        "website": "https://longshorelaundry.example",
        "public_email": "orders@longshorelaundry.example",
        "spark_programme": "startup",
        "spark_year": 2018,
        "certifications": ["social-enterprise-mark"],
        "innovations": [
            {
                "title": "Graduated hours contracts",
                "description": "Contracts start at twelve hours a week and rise in agreed steps, so staff in early recovery are not pushed into full-time work too soon.",
                "year": 2018,
                "stage": "established",
            },
            {
                "title": "Heat-pump drying",
                "description": "Gas tumble dryers were replaced with heat-pump machines to reduce the energy used per kilo of linen.",
                "year": 2022,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "people in recovery employed",
                "value": 19,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://longshorelaundry.example/about",
                "verified": False,
            },
            {
                "indicator": "linen processed for local businesses",
                "value": 410,
                "unit": "tonnes",
                "year": 2024,
                "sdg": None,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "reduction in energy use per kilo of linen since 2021",
                "value": 38,
                "unit": "%",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": True,
            },
        ],
    },
    # ------------------------------------------------------------------
    # France (FR)
    # ------------------------------------------------------------------
    {
        "name": "Café Bobinoir",
        "slug": "cafe-bobinoir",
        "summary": "A cooperative café in the Moulins district of Lille where adults returning to work train in service, cooking and running a till.",
        "description": (
            "Café Bobinoir occupies the ground floor of a former spinning mill and serves lunches, coffee and pastries "
            "to students, office workers and neighbours. It is approved as an entreprise d'insertion, which allows it "
            "to offer contracts of up to two years to people far from employment.\n\n"
            "Each employee has a named supervisor and a training plan, and spends part of the week with a job coach "
            "preparing their next step. Many go on to restaurant and catering jobs in the metropolitan area.\n\n"
            "The café is a société coopérative d'intérêt collectif: employees, neighbours, suppliers and the city's "
            "social services all hold shares and sit on its board."
        ),
        "country": "FR",
        "region": "Nord",
        "city": "Lille",
        "street_address": "48 rue d'Arras",
        "postal_code": "59000",
        "latitude": 50.6220,
        "longitude": 3.0660,
        "sectors": ["hospitality", "work-integration", "community-cohesion"],
        "sdgs": [8, 10, 11],
        "legal_form": "scic",
        "year_founded": 2016,
        "size_band": "small",
        "website": "https://cafebobinoir.example",
        "public_email": "bonjour@cafebobinoir.example",
        "spark_programme": "startup",
        "spark_year": 2017,
        "certifications": ["esus"],
        "innovations": [
            {
                "title": "Pay-it-forward coffee board",
                "description": "Customers can prepay a coffee or a meal that is later claimed by someone who cannot afford it. Each prepaid item is recorded on a board by the counter.",
                "year": 2018,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "people on integration contracts during the year",
                "value": 14,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://cafebobinoir.example/bilan-2024",
                "verified": True,
            },
            {
                "indicator": "leavers moving into a job or training",
                "value": 57,
                "unit": "%",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://cafebobinoir.example/bilan-2024",
                "verified": True,
            },
            {
                "indicator": "prepaid meals claimed",
                "value": 1850,
                "unit": "meals",
                "year": 2024,
                "sdg": 10,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Réemploi Bâti Samarien",
        "slug": "reemploi-bati-samarien",
        "summary": "A circular building-materials depot in Amiens that recovers doors, tiles, timber and fittings from demolition sites and sells them for reuse.",
        "description": (
            "Réemploi Bâti Samarien sends small teams onto renovation and demolition sites before the machines arrive. "
            "They carefully remove items that still have value, such as oak beams, radiators, sanitary ware, bricks and "
            "parquet, then clean, sort and catalogue them at a warehouse on the edge of Amiens.\n\n"
            "Builders, architects and private renovators buy from the depot or from an online stock list. Public "
            "landlords increasingly write reuse targets into their tenders, and the cooperative advises them on what "
            "can be recovered.\n\n"
            "Most of the dismantling team were recruited through a local integration programme and trained on site."
        ),
        "country": "FR",
        "region": "Somme",
        "city": "Amiens",
        "street_address": "",
        "postal_code": "",
        "latitude": 49.8941,
        "longitude": 2.2958,
        "sectors": ["circular-economy", "housing", "work-integration"],
        "sdgs": [12, 11, 8],
        "legal_form": "scic",
        "year_founded": 2019,
        "size_band": "small",
        "website": "https://reemploi-bati.example",
        "public_email": "depot@reemploi-bati.example",
        "spark_programme": "startup",
        "spark_year": 2019,
        "certifications": ["esus"],
        "innovations": [
            {
                "title": "Pre-demolition resource audits",
                "description": "A standard survey, carried out before demolition, that lists recoverable materials and their likely resale value for the building owner.",
                "year": 2021,
                "stage": "scaling",
            },
            {
                "title": "Reuse catalogue for architects",
                "description": "An online stock list with dimensions and photographs, so that designers can specify recovered materials at the drawing stage.",
                "year": 2023,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "building materials recovered for reuse",
                "value": 186,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://reemploi-bati.example/rapport-activite-2024",
                "verified": False,
            },
            {
                "indicator": "people hired through integration programmes",
                "value": 9,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Épicerie Solidaire Plein Cabas",
        "slug": "epicerie-solidaire-plein-cabas",
        "summary": "A social grocery in Roubaix where households on low incomes pay 10 to 30% of shop prices while saving towards a goal they have chosen.",
        "description": (
            "Épicerie Solidaire Plein Cabas sells fresh produce, dry goods and hygiene products to families referred by "
            "social workers, who can shop at reduced prices for up to six months. The money saved is usually put "
            "towards a specific aim, such as clearing an energy debt or buying school equipment.\n\n"
            "A second counter is open to everyone at normal prices and stocks fair-trade coffee, tea and chocolate "
            "alongside vegetables from farms in the Pévèle. Its margins help fund the subsidised side of the shop.\n\n"
            "Volunteers run cooking workshops on Wednesdays and a coffee corner where shoppers can get advice on "
            "benefits and budgeting."
        ),
        "country": "FR",
        "region": "Nord",
        "city": "Roubaix",
        "street_address": "17 rue de l'Épeule",
        "postal_code": "59100",
        "latitude": 50.6890,
        "longitude": 3.1660,
        "sectors": ["food-agriculture", "retail", "fair-trade"],
        "sdgs": [2, 1, 10, 12],
        "legal_form": "association",
        "year_founded": 2008,
        "size_band": "micro",
        "website": "https://pleincabas.example",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Goal-based shopping agreements",
                "description": "Each household agrees a savings goal with the social worker who refers them, and the grocery tracks progress towards it with them each month.",
                "year": 2012,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "households using the subsidised grocery",
                "value": 236,
                "unit": "households",
                "year": 2023,
                "sdg": 2,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "households reaching their savings goal",
                "value": 71,
                "unit": "%",
                "year": 2023,
                "sdg": 1,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Les Potagers du Terril",
        "slug": "les-potagers-du-terril",
        "summary": "An organic market garden on former colliery land near Liévin that gives paid work and training to people who have been out of work for years.",
        "description": (
            "Les Potagers du Terril grows vegetables on four hectares at the foot of a former mining spoil heap. The "
            "land had been left unused for decades; soil testing and raised beds came first, and the garden now "
            "supplies weekly vegetable boxes to around 300 subscribers.\n\n"
            "The association runs an atelier et chantier d'insertion. Gardeners are employed for 26 hours a week for up "
            "to two years and follow a training plan covering horticulture, driving licence preparation and job "
            "searching.\n\n"
            "Rainwater is collected from the greenhouse roofs, and hedges planted along the plot boundaries have "
            "brought back birds and pollinators."
        ),
        "country": "FR",
        "region": "Pas-de-Calais",
        "city": "Liévin",
        "street_address": "",
        "postal_code": "",
        "latitude": 50.4228,
        "longitude": 2.7786,
        "sectors": ["food-agriculture", "work-integration", "environment-nature"],
        "sdgs": [2, 8, 15],
        "legal_form": "association",
        "year_founded": 2005,
        "size_band": "small",
        "website": "https://potagersduterril.example",
        "public_email": "paniers@potagersduterril.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["esus"],
        "innovations": [
            {
                "title": "Vegetable boxes delivered to workplaces",
                "description": "Boxes are dropped off in the staff rooms of hospitals and large employers, which makes the scheme easier for shift workers to join.",
                "year": 2017,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "vegetables harvested",
                "value": 62,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 2,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "gardeners employed on integration contracts",
                "value": 24,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://potagersduterril.example/rapport-2024",
                "verified": True,
            },
            {
                "indicator": "leavers moving into employment or training",
                "value": 48,
                "unit": "%",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://potagersduterril.example/rapport-2024",
                "verified": True,
            },
        ],
    },
    {
        "name": "Atelier Vent d'Ouest",
        "slug": "atelier-vent-douest",
        "summary": "A small worker cooperative in Boulogne-sur-Mer that turns retired sails and fishing nets into bags and covers, and mends workwear for fishing crews.",
        "description": (
            "Atelier Vent d'Ouest collects worn sails from sailing clubs along the Côte d'Opale and damaged nets from "
            "the fishing port. In a workshop near the harbour, three sailmakers cut and sew them into bags, bench "
            "covers and tool rolls that are sold online and in two local shops.\n\n"
            "The cooperative also repairs oilskins and work clothing for fishing crews, keeping garments in use for "
            "longer. Nets too worn to sew are baled and sent to a recycler that turns them into plastic pellets.\n\n"
            "All members hold an equal share and take decisions together at a monthly meeting."
        ),
        "country": "FR",
        "region": "Pas-de-Calais",
        "city": "Boulogne-sur-Mer",
        "street_address": "5 quai Gambetta",
        "postal_code": "62200",
        "latitude": 50.7264,
        "longitude": 1.6050,
        "sectors": ["circular-economy", "culture-creative"],
        "sdgs": [12, 14, 8],
        "legal_form": "scop",
        "year_founded": 2018,
        "size_band": "micro",
        "website": "https://ventdouest-atelier.example",
        "public_email": "contact@ventdouest-atelier.example",
        "spark_programme": "startup",
        "spark_year": 2018,
        "certifications": [],
        "innovations": [
            {
                "title": "Net take-back point at the fishing port",
                "description": "Crews can leave damaged nets at a collection point on the quay. The nets are sorted, baled and sent for recycling.",
                "year": 2021,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "sail and net material reused or recycled",
                "value": 7.5,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 14,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "garments repaired for fishing crews",
                "value": 640,
                "unit": "items",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Watts du Houtland",
        "slug": "watts-du-houtland",
        "summary": "A citizen-owned energy cooperative in French Flanders that builds solar roofs on farm buildings and public halls.",
        "description": (
            "Watts du Houtland was founded by residents of villages around Hazebrouck who wanted local control over "
            "renewable energy projects. Residents, farmers and four municipalities hold shares, and each member has "
            "one vote whatever the size of their investment.\n\n"
            "The cooperative leases roofs on barns, sports halls and school canteens and sells the electricity under "
            "long-term contracts. The income repays a bank loan, funds a small dividend and pays for energy-saving "
            "work in community buildings.\n\n"
            "Volunteers also run evening sessions in village halls on reading energy bills and cutting consumption."
        ),
        "country": "FR",
        "region": "Nord",
        "city": "Hazebrouck",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["energy", "community-cohesion"],
        "sdgs": [7, 13, 17],
        "legal_form": "scic",
        "year_founded": 2017,
        "size_band": "micro",
        "website": "https://wattsduhoutland.example",
        "public_email": "",
        "spark_programme": "accelerator",
        "spark_year": 2019,
        "certifications": [],
        "innovations": [
            {
                "title": "Solar roofs on working barns",
                "description": "A standard lease and structural check for farm buildings, so that farmers can host panels without carrying the investment themselves.",
                "year": 2019,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "electricity produced by cooperative-owned installations",
                "value": 780,
                "unit": "MWh",
                "year": 2024,
                "sdg": 7,
                "source_url": "https://wattsduhoutland.example/production",
                "verified": True,
            },
            {
                "indicator": "citizen shareholders",
                "value": 512,
                "unit": "members",
                "year": 2024,
                "sdg": 17,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "municipalities holding shares",
                "value": 4,
                "unit": "municipalities",
                "year": 2024,
                "sdg": 17,
                "source_url": "",
                "verified": True,
            },
        ],
    },
    {
        "name": "Clé de Contact Vermandois",
        "slug": "cle-de-contact-vermandois",
        "summary": "A solidarity garage in Saint-Quentin that repairs cars at cost for people on low incomes and rents out scooters to people starting a job.",
        "description": (
            "In rural parts of the Aisne, lack of transport is one of the main reasons people turn down work or "
            "training. Clé de Contact Vermandois runs a garage where people referred by employment advisers can have "
            "their car serviced or repaired, paying for parts and a reduced labour rate.\n\n"
            "It also rents out scooters and electric bikes by the week for a few euros, so that someone can reach a new "
            "job while saving for a vehicle of their own.\n\n"
            "The mechanics are employed on integration contracts and prepare for a vocational qualification in vehicle "
            "maintenance."
        ),
        "country": "FR",
        "region": "Aisne",
        "city": "Saint-Quentin",
        "street_address": "22 rue de la Chaussée Romaine",
        "postal_code": "02100",
        "latitude": 49.8540,
        "longitude": 3.2960,
        "sectors": ["mobility", "work-integration"],
        "sdgs": [8, 10, 1],
        "legal_form": "association",
        "year_founded": 2010,
        "size_band": "small",
        "website": "https://cledecontact.example",
        "public_email": "garage@cledecontact.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["esus"],
        "innovations": [
            {
                "title": "Weekly scooter rental for job starters",
                "description": "Scooters and helmets are rented by the week with insurance included, for people who hold a job offer or a training place.",
                "year": 2013,
                "stage": "established",
            },
            {
                "title": "Driving lessons with an integration instructor",
                "description": "A partnership with a driving school for learners who have failed their test more than once.",
                "year": 2023,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "vehicles repaired at cost",
                "value": 395,
                "unit": "vehicles",
                "year": 2023,
                "sdg": 10,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "scooter and electric bike rental weeks",
                "value": 1480,
                "unit": "weeks",
                "year": 2023,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Octet Solidaire",
        "slug": "octet-solidaire",
        "summary": "A digital agency in Tourcoing that builds accessible websites and data tools for associations, with a team trained through its own course for jobseekers.",
        "description": (
            "Octet Solidaire is a small digital agency that works only for associations, social centres and other "
            "non-profits. It designs websites that meet accessibility standards, sets up membership and volunteer "
            "databases, and trains staff to maintain them.\n\n"
            "Half of the team joined after a six-month web development course the company runs each year for "
            "jobseekers from Tourcoing and Roubaix, most of whom had no previous qualification in computing.\n\n"
            "Projects are priced on a sliding scale according to the client's budget, and the company publishes its "
            "code under open licences so that other organisations can reuse it."
        ),
        "country": "FR",
        "region": "Nord",
        "city": "Tourcoing",
        "street_address": "95 rue de Lille",
        "postal_code": "59200",
        "latitude": 50.7180,
        "longitude": 3.1570,
        "sectors": ["tech-for-good", "education-skills"],
        "sdgs": [4, 9, 10, 8],
        "legal_form": "esus_company",
        "year_founded": 2018,
        "size_band": "micro",
        "website": "https://octet-solidaire.example",
        "public_email": "contact@octet-solidaire.example",
        "spark_programme": "startup",
        "spark_year": 2018,
        "certifications": ["esus"],
        "innovations": [
            {
                "title": "Accessibility check for small associations",
                "description": "A free half-day review of an association's website against accessibility criteria, followed by a short list of priority fixes.",
                "year": 2021,
                "stage": "established",
            },
            {
                "title": "Shared volunteer database",
                "description": "An open-source tool that several associations can use together to manage volunteer sign-ups and shifts.",
                "year": 2024,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "course graduates in digital jobs six months later",
                "value": 11,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://octet-solidaire.example/impact",
                "verified": False,
            },
            {
                "indicator": "non-profit websites delivered",
                "value": 27,
                "unit": "websites",
                "year": 2024,
                "sdg": 9,
                "source_url": "https://octet-solidaire.example/impact",
                "verified": False,
            },
        ],
    },
    {
        "name": "Les Mains des Hortillons",
        "slug": "les-mains-des-hortillons",
        "summary": "A home-help cooperative in Amiens owned jointly by its care staff, the older people it supports and their families.",
        "description": (
            "Les Mains des Hortillons helps older and disabled people in Amiens and nearby villages to keep living at "
            "home. Its home helps assist with meals, washing, shopping and paperwork, and a nurse coordinator adjusts "
            "each plan as needs change.\n\n"
            "Most of the staff are women, many of whom previously juggled short, fragmented hours for several "
            "employers. The cooperative offers contracts of at least 24 hours a week, paid travel between visits and "
            "an individual training budget.\n\n"
            "As a société coopérative d'intérêt collectif, its board includes employees, service users, families and "
            "a representative of the local council."
        ),
        "country": "FR",
        "region": "Somme",
        "city": "Amiens",
        "street_address": "31 rue Saint-Leu",
        "postal_code": "80000",
        "latitude": 49.8975,
        "longitude": 2.3000,
        "sectors": ["health-social-care"],
        "sdgs": [3, 5, 8],
        "legal_form": "scic",
        "year_founded": 2012,
        "size_band": "medium",
        "website": "https://mainsdeshortillons.example",
        "public_email": "accueil@mainsdeshortillons.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["esus"],
        "innovations": [
            {
                "title": "Minimum-hours contracts for home helps",
                "description": "Every home help is guaranteed at least 24 paid hours a week, with visits grouped by neighbourhood to cut travel.",
                "year": 2015,
                "stage": "established",
            },
            {
                "title": "Shared lunches for isolated clients",
                "description": "Small group lunches in a partner café for clients who would otherwise eat alone every day.",
                "year": 2023,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "people supported at home",
                "value": 410,
                "unit": "people",
                "year": 2024,
                "sdg": 3,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "home helps on contracts of 24 hours a week or more",
                "value": 92,
                "unit": "%",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": True,
            },
            {
                "indicator": "women in the workforce",
                "value": 88,
                "unit": "%",
                "year": 2024,
                "sdg": 5,
                "source_url": "",
                "verified": True,
            },
        ],
    },
    {
        "name": "Estran Sport Santé",
        "slug": "estran-sport-sante",
        "summary": "Runs prescribed exercise sessions in Calais for people with diabetes, heart disease or cancer, on the beach, in parks and in sports halls.",
        "description": (
            "Estran Sport Santé works with GPs and hospital departments that prescribe physical activity for patients "
            "with long-term conditions. Instructors qualified in adapted physical activity assess each person and place "
            "them in a small group matched to their level.\n\n"
            "Sessions include beach walking, gentle strength work and water exercise. Each programme lasts twelve "
            "weeks, with progress checks at the start, middle and end, after which participants get help joining an "
            "ordinary sports club.\n\n"
            "Fees are low and are often covered by health insurers or the municipality for people on low incomes."
        ),
        "country": "FR",
        "region": "Pas-de-Calais",
        "city": "Calais",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["sport-wellbeing", "health-social-care"],
        "sdgs": [3, 10],
        "legal_form": "association",
        "year_founded": 2015,
        "size_band": "micro",
        "website": "https://estran-sportsante.example",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Beach walking after cardiac rehabilitation",
                "description": "Supervised walking groups on firm sand at low tide for patients who have finished hospital-based cardiac rehabilitation.",
                "year": 2017,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "patients completing a twelve-week programme",
                "value": 164,
                "unit": "people",
                "year": 2023,
                "sdg": 3,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "participants joining a sports club afterwards",
                "value": 38,
                "unit": "%",
                "year": 2023,
                "sdg": 3,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    # ------------------------------------------------------------------
    # Belgium (BE)
    # ------------------------------------------------------------------
    {
        "name": "Kringloopkompas",
        "slug": "kringloopkompas",
        "summary": "A circular reuse centre in Ghent that collects furniture, clothing and household goods, repairs what it can and resells it at low prices.",
        "description": (
            "Kringloopkompas runs a collection service, two shops and a repair workshop in Ghent. Donated items are "
            "checked, cleaned and priced; broken chairs, lamps and small appliances go to the workshop and are repaired "
            "before they go on sale.\n\n"
            "Most staff are employed on a supported employment contract, as is common among reuse centres in België. "
            "Job coaches help each employee build skills in driving, sales, upholstery or electrical testing, and some "
            "move on to jobs with regular employers.\n\n"
            "Textiles that cannot be sold are passed to a sorting partner for recycling, and the organisation reports "
            "its reuse figures to the regional waste agency every year."
        ),
        "country": "BE",
        "region": "East Flanders",
        "city": "Ghent",
        "street_address": "Dok-Noord 12",
        "postal_code": "9000",
        "latitude": 51.0660,
        "longitude": 3.7300,
        "sectors": ["circular-economy", "retail", "work-integration"],
        "sdgs": [12, 8, 10],
        "legal_form": "vzw_asbl",
        "year_founded": 1997,
        "size_band": "medium",
        "website": "https://kringloopkompas.example",
        "public_email": "info@kringloopkompas.example",
        "spark_programme": "accelerator",
        "spark_year": 2017,
        "certifications": [],
        "innovations": [
            {
                "title": "Furniture repair line",
                "description": "A dedicated workshop for chairs, tables and cupboards, with a simple repair triage carried out at the point of collection.",
                "year": 2016,
                "stage": "established",
            },
            {
                "title": "Repair subscriptions for households",
                "description": "For a small yearly fee, households can bring in up to four small appliances a year for repair.",
                "year": 2024,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "goods sold for reuse",
                "value": 1320,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://kringloopkompas.example/jaarverslag-2024",
                "verified": True,
            },
            {
                "indicator": "employees on supported employment contracts",
                "value": 118,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://kringloopkompas.example/jaarverslag-2024",
                "verified": True,
            },
            {
                "indicator": "employees moving to a regular employer",
                "value": 9,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Herstelhaven",
        "slug": "herstelhaven",
        "summary": "A repair cooperative in Antwerp that fixes phones, laptops and household electronics and teaches residents to carry out their own repairs.",
        "description": (
            "Herstelhaven has a repair counter and open workshop in Borgerhout, a district of Antwerp. Customers can "
            "leave a device for a paid repair with a warranty, or come to an evening session and fix it themselves "
            "with help from a technician and volunteers.\n\n"
            "The cooperative keeps a stock of second-hand parts taken from devices beyond repair, which keeps prices "
            "down and avoids long waits for new components. Its repair logs are shared with researchers studying which "
            "products fail most often.\n\n"
            "Around 180 residents and local businesses hold shares, and profits are reinvested in training young "
            "repairers from the district."
        ),
        "country": "BE",
        "region": "Antwerp",
        "city": "Antwerp",
        "street_address": "Turnhoutsebaan 140",
        "postal_code": "2140",
        "latitude": 51.2150,
        "longitude": 4.4360,
        "sectors": ["circular-economy", "community-cohesion", "education-skills"],
        "sdgs": [12, 11, 4],
        "legal_form": "cooperative",
        "year_founded": 2018,
        "size_band": "micro",
        "website": "https://herstelhaven.example",
        "public_email": "balie@herstelhaven.example",
        "spark_programme": "startup",
        "spark_year": 2018,
        "certifications": [],
        "innovations": [
            {
                "title": "Parts bank from unrepairable devices",
                "description": "Working components are removed, tested and logged in a searchable stock list for later repairs.",
                "year": 2019,
                "stage": "established",
            },
            {
                "title": "Open repair data",
                "description": "Anonymised repair records listing product type, fault and outcome are published twice a year.",
                "year": 2022,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "devices repaired",
                "value": 2140,
                "unit": "devices",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://herstelhaven.example/data",
                "verified": False,
            },
            {
                "indicator": "residents attending self-repair evenings",
                "value": 520,
                "unit": "people",
                "year": 2024,
                "sdg": 4,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Draadwerk Textiel",
        "slug": "draadwerk-textiel",
        "summary": "A sheltered employer in Kortrijk that hand-sorts used textiles for reuse and recycling, as one link in Flanders' circular textile chain.",
        "description": (
            "Draadwerk Textiel continues the region's long textile history with a different aim: keeping clothing and "
            "fabric in use. Garments arrive from collection containers across West-Vlaanderen and are sorted by hand "
            "into more than 80 grades for resale, for use as cleaning cloths or for fibre recycling.\n\n"
            "The company is a maatwerkbedrijf, a Flemish custom-work company, and most employees have a disability or "
            "a long-term health condition. Workstations, pace and hours are adapted to each person.\n\n"
            "A small design team makes bags and aprons from offcuts for corporate clients, giving some employees "
            "experience in sewing and finishing."
        ),
        "country": "BE",
        "region": "West Flanders",
        "city": "Kortrijk",
        "street_address": "Gentsesteenweg 210",
        "postal_code": "8500",
        "latitude": 50.8370,
        "longitude": 3.2820,
        "sectors": ["circular-economy", "work-integration"],
        "sdgs": [8, 12, 10],
        "legal_form": "other",
        "year_founded": 1989,
        "size_band": "large",
        "website": "https://draadwerk.example",
        "public_email": "info@draadwerk.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Fibre-grade sorting for recyclers",
                "description": "A sorting grade for single-material garments, such as pure cotton or wool, that recyclers can spin into new yarn.",
                "year": 2021,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "textiles sorted",
                "value": 9800,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://draadwerk.example/cijfers",
                "verified": True,
            },
            {
                "indicator": "employees with a disability or long-term health condition",
                "value": 312,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://draadwerk.example/cijfers",
                "verified": True,
            },
            {
                "indicator": "share of sorted textiles sold for reuse as clothing",
                "value": 54,
                "unit": "%",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Tweede Nerf",
        "slug": "tweede-nerf",
        "summary": "A circular furniture workshop in Bruges that restores discarded tables, chairs and cupboards and trains young people as joiners.",
        "description": (
            "Tweede Nerf collects solid-wood furniture from house clearances, municipal recycling parks and hotels "
            "that are refurbishing. In a workshop on the edge of Bruges, joiners strip, repair and refinish the pieces "
            "or rebuild them into new designs.\n\n"
            "The cooperative trains young people who left technical school without a diploma. They work alongside "
            "experienced makers for a year and can sit an exam recognised by the Flemish training agency.\n\n"
            "Finished pieces are sold in a showroom and to offices, schools and holiday homes that want to furnish "
            "with reused furniture."
        ),
        "country": "BE",
        "region": "West Flanders",
        "city": "Bruges",
        "street_address": "Pathoekeweg 40",
        "postal_code": "8000",
        "latitude": 51.2200,
        "longitude": 3.2150,
        "sectors": ["circular-economy", "work-integration", "education-skills"],
        "sdgs": [12, 4, 8],
        "legal_form": "cooperative",
        "year_founded": 2014,
        "size_band": "small",
        "website": "https://tweedenerf.example",
        "public_email": "atelier@tweedenerf.example",
        "spark_programme": "accelerator",
        "spark_year": 2020,
        "certifications": ["b-corp"],
        "innovations": [
            {
                "title": "Office refits from reused furniture",
                "description": "A service that surveys an office's existing furniture, repairs what can stay and supplies restored pieces for the rest.",
                "year": 2020,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "furniture items restored and sold",
                "value": 1650,
                "unit": "items",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "trainees obtaining a recognised joinery certificate",
                "value": 8,
                "unit": "people",
                "year": 2024,
                "sdg": 4,
                "source_url": "",
                "verified": True,
            },
        ],
    },
    {
        "name": "Dakstroom Mandel",
        "slug": "dakstroom-mandel",
        "summary": "An energy cooperative in the Roeselare area that puts solar panels on company and farm roofs and lets local residents invest in them.",
        "description": (
            "Dakstroom Mandel was started in 2012 by a group of residents and two local businesses. It rents roof "
            "space on warehouses, farm sheds and municipal buildings along the Mandel valley, installs solar panels "
            "and sells the power to the building user.\n\n"
            "Anyone living in the region can buy a share, and several hundred households have done so. The "
            "cooperative pays a capped dividend and puts part of its income into an energy-poverty fund run with the "
            "local public social welfare centre.\n\n"
            "In 2023 it added a shared battery at a sports complex, which stores daytime solar output for use in the "
            "evening."
        ),
        "country": "BE",
        "region": "West Flanders",
        "city": "Roeselare",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["energy", "finance"],
        "sdgs": [7, 13, 1],
        "legal_form": "cooperative",
        "year_founded": 2012,
        "size_band": "micro",
        "website": "https://dakstroommandel.example",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Shared battery at a sports complex",
                "description": "A battery stores solar power from the sports hall roof to run floodlights and changing rooms in the evening.",
                "year": 2023,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "electricity generated",
                "value": 2650,
                "unit": "MWh",
                "year": 2024,
                "sdg": 7,
                "source_url": "https://dakstroommandel.example/productie",
                "verified": True,
            },
            {
                "indicator": "resident cooperative members",
                "value": 740,
                "unit": "members",
                "year": 2024,
                "sdg": 7,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "households helped through the energy-poverty fund",
                "value": 58,
                "unit": "households",
                "year": 2024,
                "sdg": 1,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Pollepel & Louche",
        "slug": "pollepel-louche",
        "summary": "A bilingual community kitchen in Brussels that cooks lunches from surplus food and runs a pay-what-you-can canteen.",
        "description": (
            "Pollepel & Louche collects unsold vegetables, bread and dairy from wholesalers and supermarkets in "
            "Brussels and turns them into about 250 meals a day. Part of the output goes to night shelters and social "
            "restaurants; the rest is served at a canteen where guests pay what they can.\n\n"
            "Kitchen staff include people on an article 60 contract, through which the public social welfare centre "
            "gives people on social assistance a year of paid work experience. Neighbourhood volunteers help with "
            "preparation and serving.\n\n"
            "The canteen doubles as a meeting place, with Dutch and French conversation tables after lunch."
        ),
        "country": "BE",
        "region": "Brussels-Capital Region",
        "city": "Brussels",
        "street_address": "Vlaamsesteenweg 62",
        "postal_code": "1000",
        "latitude": 50.8530,
        "longitude": 4.3460,
        "sectors": ["food-agriculture", "hospitality", "community-cohesion"],
        "sdgs": [2, 12, 10, 3],
        "legal_form": "cooperative",
        "year_founded": 2016,
        "size_band": "small",
        "website": "https://pollepel-louche.example",
        "public_email": "keuken@pollepel-louche.example",
        "spark_programme": "startup",
        "spark_year": 2017,
        "certifications": [],
        "innovations": [
            {
                "title": "Pay-what-you-can canteen",
                "description": "A suggested price is displayed, but guests decide what to pay; average takings are published every month.",
                "year": 2017,
                "stage": "established",
            },
            {
                "title": "Language tables after lunch",
                "description": "Informal Dutch and French conversation sessions hosted by volunteer native speakers.",
                "year": 2022,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "meals cooked from surplus food",
                "value": 61000,
                "unit": "meals",
                "year": 2024,
                "sdg": 2,
                "source_url": "https://pollepel-louche.example/cijfers",
                "verified": False,
            },
            {
                "indicator": "surplus food recovered",
                "value": 48,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://pollepel-louche.example/cijfers",
                "verified": False,
            },
        ],
    },
    {
        "name": "Zorghoeve De Kievitsput",
        "slug": "zorghoeve-de-kievitsput",
        "summary": "A care farm near Oudenaarde where adults with mental health problems or learning disabilities spend their days working with animals and crops.",
        "description": (
            "Zorghoeve De Kievitsput is a mixed family farm with dairy goats, an orchard and a vegetable field in the "
            "Flemish Ardennes. Around 20 adults come each week on a day-care basis, referred by psychiatric services, "
            "residential care homes and social workers.\n\n"
            "Each participant chooses tasks that suit them, from feeding animals to pruning and packing vegetable "
            "boxes, and works alongside the farming family and two care workers. Many say the steady rhythm of farm "
            "work gives them a structure they had been missing.\n\n"
            "Goat's cheese and apple juice are sold in the farm shop and help cover running costs."
        ),
        "country": "BE",
        "region": "East Flanders",
        "city": "Oudenaarde",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["health-social-care", "food-agriculture"],
        "sdgs": [3, 2, 15],
        "legal_form": "vzw_asbl",
        "year_founded": 2007,
        "size_band": "micro",
        "website": "",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [],
        "impact": [
            {
                "indicator": "adults attending day care on the farm each week",
                "value": 21,
                "unit": "people",
                "year": 2024,
                "sdg": 3,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Kiemkapitaal",
        "slug": "kiemkapitaal",
        "summary": "A citizen cooperative in Mechelen that pools members' savings to lend to young social enterprises in Flanders and Brussels.",
        "description": (
            "Kiemkapitaal offers subordinated loans of €10,000 to €150,000 to social enterprises that are too young or "
            "too small for a bank. The money comes from shares bought by around 1,900 individuals and a few "
            "foundations.\n\n"
            "Before any loan is approved, a volunteer committee of accountants, entrepreneurs and social workers "
            "reviews the business plan and the social mission. Borrowers are matched with a mentor for the first two "
            "years.\n\n"
            "Default rates have stayed low, and the cooperative has paid a dividend of up to two per cent in most "
            "years since 2015."
        ),
        "country": "BE",
        "region": "Antwerp",
        "city": "Mechelen",
        "street_address": "Hoogstraat 24",
        "postal_code": "2800",
        "latitude": None,
        "longitude": None,
        "sectors": ["finance"],
        "sdgs": [8, 17, 10],
        "legal_form": "cooperative",
        "year_founded": 2011,
        "size_band": "micro",
        "website": "https://kiemkapitaal.example",
        "public_email": "aanvragen@kiemkapitaal.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Mentor-linked loans",
                "description": "Each loan comes with a volunteer mentor from the borrower's own sector for the first two years.",
                "year": 2013,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "loans outstanding to social enterprises",
                "value": 4200000,
                "unit": "EUR",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://kiemkapitaal.example/jaarrekening-2024",
                "verified": True,
            },
            {
                "indicator": "social enterprises financed since founding",
                "value": 63,
                "unit": "enterprises",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "cooperative shareholders",
                "value": 1900,
                "unit": "members",
                "year": 2024,
                "sdg": 17,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Sportkameraad",
        "slug": "sportkameraad",
        "summary": "Uses football, boxing and beach sports to reach teenagers in Ostend who have dropped out of school, with coaches who also act as mentors.",
        "description": (
            "Sportkameraad runs free training sessions four evenings a week in sports halls and on the beach in "
            "Ostend. The coaches are trained youth workers, and the sessions open the way to longer conversations "
            "about school, work and home.\n\n"
            "Young people who keep coming can join a mentoring track with help returning to education, a first CV and "
            "short work placements with local employers. Girls-only sessions were added after few girls joined the "
            "mixed groups.\n\n"
            "The organisation is funded by the city, a provincial grant and paid holiday camps for families who can "
            "afford them."
        ),
        "country": "BE",
        "region": "West Flanders",
        "city": "Ostend",
        "street_address": "Torhoutsesteenweg 120",
        "postal_code": "8400",
        "latitude": 51.2080,
        "longitude": 2.9190,
        "sectors": ["sport-wellbeing", "community-cohesion", "education-skills"],
        "sdgs": [3, 4, 5, 10],
        "legal_form": "vzw_asbl",
        "year_founded": 2013,
        "size_band": "small",
        "website": "https://sportkameraad.example",
        "public_email": "trainers@sportkameraad.example",
        "spark_programme": "accelerator",
        "spark_year": 2019,
        "certifications": [],
        "innovations": [
            {
                "title": "Coach-mentor tracks",
                "description": "Regular attendees are offered a twelve-month mentoring track with the coach they already know.",
                "year": 2016,
                "stage": "established",
            },
            {
                "title": "Girls-only boxing and beach sessions",
                "description": "Sessions led by female coaches at times chosen together with the participants.",
                "year": 2020,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "young people attending at least ten sessions",
                "value": 212,
                "unit": "people",
                "year": 2024,
                "sdg": 3,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "mentored young people returning to school or training",
                "value": 34,
                "unit": "people",
                "year": 2024,
                "sdg": 4,
                "source_url": "https://sportkameraad.example/jaarverslag",
                "verified": True,
            },
            {
                "indicator": "share of participants who are girls",
                "value": 31,
                "unit": "%",
                "year": 2024,
                "sdg": 5,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Atelier Schaduwspel",
        "slug": "atelier-schaduwspel",
        "summary": "A shadow-puppet and animation studio in Brussels that makes short films with children in schools, youth centres and hospital wards.",
        "description": (
            "Atelier Schaduwspel brings a portable light table, cut-out figures and cameras into classrooms and "
            "children's wards. Over a few sessions, children write a story, build the puppets and animate them frame "
            "by frame, finishing with a screening for their families.\n\n"
            "The studio works in Dutch and French, and often with newly arrived children still learning either "
            "language, since the films need very few words. Teachers receive a short guide so they can keep using the "
            "method on their own.\n\n"
            "Income comes from school bookings, commissions from cultural centres and project grants."
        ),
        "country": "BE",
        "region": "Brussels-Capital Region",
        "city": "Brussels",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["culture-creative", "education-skills"],
        "sdgs": [4, 10],
        "legal_form": "vzw_asbl",
        "year_founded": 2010,
        "size_band": "micro",
        "website": "https://schaduwspel.example",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Wordless films for newcomer classes",
                "description": "A workshop format built around gesture and image for reception classes where the children share no common language.",
                "year": 2018,
                "stage": "established",
            },
        ],
        "impact": [],
    },
    # ------------------------------------------------------------------
    # Netherlands (NL)
    # ------------------------------------------------------------------
    {
        "name": "Zoutkeet Kantine",
        "slug": "zoutkeet-kantine",
        "summary": "A harbourside restaurant in Vlissingen that trains young people without a diploma to work as cooks and waiting staff.",
        "description": (
            "Zoutkeet Kantine serves lunch and dinner in a former salt store by the harbour in Vlissingen, with a menu "
            "built around North Sea fish and vegetables from Walcheren growers. Half of the kitchen brigade are "
            "trainees aged 17 to 27.\n\n"
            "Trainees follow a recognised vocational course at entry level while working paid shifts, supported by a "
            "job coach funded by the municipality. After graduating, most find work in the restaurants and hotels "
            "along the Zeeland coast, which struggle to recruit.\n\n"
            "The company's articles require at least half of its profit to be reinvested in the training programme."
        ),
        "country": "NL",
        "region": "Zeeland",
        "city": "Vlissingen",
        "street_address": "Boulevard de Ruyter 6",
        "postal_code": "4381 KA",
        "latitude": 51.4420,
        "longitude": 3.5700,
        "sectors": ["hospitality", "work-integration", "education-skills"],
        "sdgs": [8, 4, 10],
        "legal_form": "bv",
        "year_founded": 2015,
        "size_band": "small",
        "website": "https://zoutkeetkantine.example",
        "public_email": "reserveren@zoutkeetkantine.example",
        "spark_programme": "accelerator",
        "spark_year": 2018,
        "certifications": ["code-sociale-ondernemingen"],
        "innovations": [
            {
                "title": "Seasonal training contracts",
                "description": "Training contracts follow the tourist season, with the winter months spent on coursework and placements in care-home kitchens.",
                "year": 2019,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "trainees obtaining a vocational diploma",
                "value": 16,
                "unit": "people",
                "year": 2024,
                "sdg": 4,
                "source_url": "https://zoutkeetkantine.example/impact",
                "verified": True,
            },
            {
                "indicator": "graduates working in hospitality one year later",
                "value": 74,
                "unit": "%",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Windkring Walcheren",
        "slug": "windkring-walcheren",
        "summary": "A residents' energy cooperative on Walcheren that co-owns a wind turbine and offers free home insulation advice in Middelburg.",
        "description": (
            "Windkring Walcheren owns a share in a wind turbine on a dyke near the Veerse Meer, bought with money "
            "raised from its members. Members can also buy electricity through a partner supplier, which returns part "
            "of its margin to the cooperative.\n\n"
            "This income funds a team of volunteer energy coaches who visit homes in Middelburg and surrounding "
            "villages, measure draughts and suggest low-cost fixes. Tenants of social housing are given priority.\n\n"
            "The cooperative was one of the founders of a provincial network of local energy initiatives in Zeeland."
        ),
        "country": "NL",
        "region": "Zeeland",
        "city": "Middelburg",
        "street_address": "",
        "postal_code": "",
        "latitude": 51.4988,
        "longitude": 3.6110,
        "sectors": ["energy", "community-cohesion"],
        "sdgs": [7, 13, 11],
        "legal_form": "cooperative",
        "year_founded": 2014,
        "size_band": "micro",
        "website": "https://windkring.example",
        "public_email": "leden@windkring.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Volunteer energy coaches",
                "description": "Trained residents make free home visits with a thermal camera and a box of draught-proofing materials.",
                "year": 2017,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "home energy visits carried out",
                "value": 312,
                "unit": "homes",
                "year": 2024,
                "sdg": 7,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "cooperative members",
                "value": 860,
                "unit": "members",
                "year": 2024,
                "sdg": 11,
                "source_url": "https://windkring.example/leden",
                "verified": True,
            },
        ],
    },
    {
        "name": "Oogstlokaal",
        "slug": "oogstlokaal",
        "summary": "A farmers' and consumers' cooperative in Goes that sells produce from about 25 Zeeland farms through a shop and online ordering.",
        "description": (
            "Oogstlokaal was set up by farmers on Zuid-Beveland who wanted a fairer share of the consumer price. Their "
            "shop in Goes sells vegetables, potatoes, fruit, dairy, mussels and flour, all produced within roughly 40 "
            "kilometres.\n\n"
            "Farmers set their own prices and receive about 70 per cent of each sale. Customers who become members pay "
            "a small annual fee, get a discount and have a vote at the general meeting.\n\n"
            "Online orders can be collected at ten pick-up points in villages that have lost their own grocery shop."
        ),
        "country": "NL",
        "region": "Zeeland",
        "city": "Goes",
        "street_address": "Voorstad 40",
        "postal_code": "4461 RV",
        "latitude": None,
        "longitude": None,
        "sectors": ["food-agriculture", "retail"],
        "sdgs": [2, 12, 8],
        "legal_form": "cooperative",
        "year_founded": 2018,
        "size_band": "micro",
        "website": "https://oogstlokaal.example",
        "public_email": "winkel@oogstlokaal.example",
        "spark_programme": "startup",
        "spark_year": 2019,
        "certifications": [],
        "innovations": [
            {
                "title": "Village pick-up points",
                "description": "Ordered groceries are delivered on fixed days to village halls and cafés, where members collect them.",
                "year": 2021,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "farms supplying the cooperative",
                "value": 26,
                "unit": "farms",
                "year": 2024,
                "sdg": 2,
                "source_url": "",
                "verified": True,
            },
            {
                "indicator": "share of the retail price paid to farmers",
                "value": 70,
                "unit": "%",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "average distance from farm to shop",
                "value": 18,
                "unit": "km",
                "year": 2024,
                "sdg": 12,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Spaakwerk Leiden",
        "slug": "spaakwerk-leiden",
        "summary": "A bicycle workshop in Leiden that employs people with an occupational disability and maintains bike fleets for hospitals and companies.",
        "description": (
            "Spaakwerk Leiden runs a workshop near Leiden Centraal station where it repairs private bikes, overhauls "
            "bikes left behind at the station and rents them out to students and visitors.\n\n"
            "Its larger contracts cover the bike fleets of hospitals, research institutes and businesses in the "
            "region, with mobile mechanics visiting each site once a week. Most mechanics have an occupational "
            "disability and are employed with wage-cost support from the municipality.\n\n"
            "Each new employee works alongside an experienced mechanic for the first three months, and tasks are "
            "matched to each person's pace."
        ),
        "country": "NL",
        "region": "South Holland",
        "city": "Leiden",
        "street_address": "Stationsweg 30",
        "postal_code": "2312 AV",
        "latitude": 52.1650,
        "longitude": 4.4850,
        "sectors": ["mobility", "work-integration"],
        "sdgs": [8, 11, 10],
        "legal_form": "bv",
        "year_founded": 2016,
        "size_band": "small",
        "website": "https://spaakwerk.example",
        "public_email": "werkplaats@spaakwerk.example",
        "spark_programme": "accelerator",
        "spark_year": 2020,
        "certifications": ["code-sociale-ondernemingen"],
        "innovations": [
            {
                "title": "Mobile fleet maintenance",
                "description": "Mechanics on cargo bikes visit company sites on a fixed weekly round, so fleet bikes are fixed where they are parked.",
                "year": 2019,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "employees with an occupational disability",
                "value": 22,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://spaakwerk.example/over-ons",
                "verified": True,
            },
            {
                "indicator": "fleet bikes under maintenance contracts",
                "value": 1750,
                "unit": "bikes",
                "year": 2024,
                "sdg": 11,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Datadijk",
        "slug": "datadijk",
        "summary": "A software testing and accessibility company in Rotterdam where most of the testers are autistic professionals.",
        "description": (
            "Datadijk tests websites, apps and public services for bugs and accessibility problems. Many of its "
            "testers are autistic and had struggled to find or keep jobs despite strong technical skills.\n\n"
            "The company adapts the workplace rather than asking staff to adapt: quiet rooms, written instructions, "
            "predictable schedules and a job coach within the team. Clients include municipalities, housing "
            "associations and health insurers that have to meet Dutch digital accessibility rules.\n\n"
            "Datadijk also publishes free checklists and runs short courses for public-sector teams that want to build "
            "accessible services from the outset."
        ),
        "country": "NL",
        "region": "South Holland",
        "city": "Rotterdam",
        "street_address": "Schiekade 140",
        "postal_code": "3032 AK",
        "latitude": 51.9280,
        "longitude": 4.4710,
        "sectors": ["tech-for-good", "work-integration"],
        "sdgs": [8, 10, 9],
        "legal_form": "bv",
        "year_founded": 2017,
        "size_band": "small",
        "website": "https://datadijk.example",
        "public_email": "team@datadijk.example",
        "spark_programme": "startup",
        "spark_year": 2017,
        "certifications": ["code-sociale-ondernemingen", "b-corp"],
        "innovations": [
            {
                "title": "Autism-friendly onboarding",
                "description": "A written onboarding plan, agreed before the first day, that sets out tasks, contacts and sensory needs.",
                "year": 2018,
                "stage": "established",
            },
            {
                "title": "Accessibility checks for municipal forms",
                "description": "A fixed-price review of the digital forms that municipalities use for benefits and permits.",
                "year": 2022,
                "stage": "scaling",
            },
        ],
        "impact": [
            {
                "indicator": "autistic professionals employed",
                "value": 31,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://datadijk.example/impact",
                "verified": True,
            },
            {
                "indicator": "public digital services tested for accessibility",
                "value": 140,
                "unit": "services",
                "year": 2024,
                "sdg": 10,
                "source_url": "https://datadijk.example/impact",
                "verified": False,
            },
        ],
    },
    {
        "name": "Hofjeswerk",
        "slug": "hofjeswerk",
        "summary": "Develops small courtyard housing in Haarlem where older residents and young adults live side by side and agree to help each other.",
        "description": (
            "Hofjeswerk draws on the old almshouse courtyards of Haarlem, where homes are grouped around a shared "
            "garden. The foundation converts empty buildings, such as a former school and an office block, into "
            "clusters of 15 to 30 small rented flats with a common room.\n\n"
            "About two thirds of the homes go to people over 65 and the rest to young adults, including care students "
            "and young people leaving youth care. Residents sign a neighbour agreement and commit to a few hours of "
            "mutual help each month.\n\n"
            "Rents stay within the social housing limit, and a part-time community worker supports each courtyard."
        ),
        "country": "NL",
        "region": "North Holland",
        "city": "Haarlem",
        "street_address": "",
        "postal_code": "",
        "latitude": 52.3874,
        "longitude": 4.6462,
        "sectors": ["housing", "health-social-care", "community-cohesion"],
        "sdgs": [11, 3, 10],
        "legal_form": "stichting",
        "year_founded": 2016,
        "size_band": "micro",
        "website": "https://hofjeswerk.example",
        "public_email": "wonen@hofjeswerk.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Neighbour agreement",
                "description": "A written agreement in which residents set out what help they can offer and what they would like to receive.",
                "year": 2018,
                "stage": "established",
            },
            {
                "title": "Courtyard homes in a former school",
                "description": "The second courtyard turned a disused primary school into 24 flats around the old playground.",
                "year": 2022,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "homes in courtyard schemes",
                "value": 47,
                "unit": "homes",
                "year": 2024,
                "sdg": 11,
                "source_url": "",
                "verified": True,
            },
            {
                "indicator": "residents reporting less loneliness after one year",
                "value": 64,
                "unit": "%",
                "year": 2023,
                "sdg": 3,
                "source_url": "https://hofjeswerk.example/bewonersonderzoek-2023",
                "verified": False,
            },
        ],
    },
    {
        "name": "Werkplaats Markiezaat",
        "slug": "werkplaats-markiezaat",
        "summary": "A social employer in Bergen op Zoom whose workforce, mostly far from the labour market, dismantles electronics and assembles products.",
        "description": (
            "Werkplaats Markiezaat employs more than 400 people, most of whom have a disability or have been out of "
            "work for a long time. It grew out of a former sheltered workshop and is now a company owned by "
            "surrounding municipalities.\n\n"
            "Its largest activity is taking discarded electrical equipment apart by hand, so that metals, plastics and "
            "circuit boards can be recycled separately. Other teams assemble and pack goods for regional manufacturers "
            "and maintain public green spaces.\n\n"
            "Each employee has a development plan. Around 30 people a year move on to jobs with regular employers, "
            "with a job coach for their first six months."
        ),
        "country": "NL",
        "region": "North Brabant",
        "city": "Bergen op Zoom",
        "street_address": "Edisonweg 20",
        "postal_code": "4612 RV",
        "latitude": 51.4900,
        "longitude": 4.3000,
        "sectors": ["work-integration", "circular-economy"],
        "sdgs": [8, 10, 12],
        "legal_form": "bv",
        "year_founded": 1992,
        "size_band": "large",
        "website": "https://werkplaatsmarkiezaat.example",
        "public_email": "info@werkplaatsmarkiezaat.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["code-sociale-ondernemingen"],
        "innovations": [
            {
                "title": "Adaptable e-waste dismantling line",
                "description": "A workstation layout that lets employees with different physical abilities dismantle appliances safely.",
                "year": 2015,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "employees far from the labour market",
                "value": 412,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "https://werkplaatsmarkiezaat.example/jaarverslag-2024",
                "verified": True,
            },
            {
                "indicator": "electrical equipment dismantled",
                "value": 3100,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://werkplaatsmarkiezaat.example/jaarverslag-2024",
                "verified": True,
            },
            {
                "indicator": "employees moving to regular employers",
                "value": 29,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Taalstek",
        "slug": "taalstek",
        "summary": "Runs conversation groups and practical Dutch lessons in Breda for refugees and other newcomers, with trained volunteer buddies.",
        "description": (
            "Taalstek organises weekly conversation groups in libraries, community centres and a neighbourhood café "
            "in Breda. Each group has a trained coordinator and several volunteers, and topics come from everyday "
            "life: visiting the doctor, reading a letter from the council, talking to a child's teacher.\n\n"
            "Alongside the groups, newcomers can be matched with a volunteer buddy for a year. Buddies meet weekly and "
            "often help with first contacts with employers and sports clubs.\n\n"
            "The foundation has four paid staff and more than 150 volunteers, and works with the municipality on the "
            "local civic integration programme."
        ),
        "country": "NL",
        "region": "North Brabant",
        "city": "Breda",
        "street_address": "",
        "postal_code": "",
        "latitude": None,
        "longitude": None,
        "sectors": ["education-skills", "community-cohesion"],
        "sdgs": [4, 10, 16],
        "legal_form": "stichting",
        "year_founded": 2016,
        "size_band": "micro",
        "website": "https://taalstek.example",
        "public_email": "",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": [],
        "innovations": [
            {
                "title": "Language practice at work",
                "description": "Volunteers join newcomers for a few hours during their first weeks in a new job to help with workplace vocabulary.",
                "year": 2023,
                "stage": "pilot",
            },
        ],
        "impact": [
            {
                "indicator": "newcomers attending conversation groups",
                "value": 480,
                "unit": "people",
                "year": 2024,
                "sdg": 4,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "active volunteer buddies",
                "value": 152,
                "unit": "people",
                "year": 2024,
                "sdg": 16,
                "source_url": "",
                "verified": False,
            },
        ],
    },
    {
        "name": "Bonenbrug",
        "slug": "bonenbrug",
        "summary": "A coffee roastery and café in The Hague that buys beans directly from smallholder cooperatives and pays above the fair-trade minimum.",
        "description": (
            "Bonenbrug roasts coffee in small batches in a former tram depot and sells it to offices, restaurants and "
            "through its own café. Beans come directly from four smallholder cooperatives in Uganda, Peru, Honduras "
            "and Sumatra, with prices agreed three years at a time.\n\n"
            "For every batch the company publishes what it paid per kilo, alongside the market price and its own "
            "margin. Part of the profit funds coffee-quality training for the cooperatives' members.\n\n"
            "In The Hague, the roastery offers paid work placements to people who are learning Dutch, usually as "
            "baristas or in packing."
        ),
        "country": "NL",
        "region": "South Holland",
        "city": "The Hague",
        "street_address": "Prinsegracht 70",
        "postal_code": "2512 GA",
        "latitude": 52.0740,
        "longitude": 4.3040,
        "sectors": ["fair-trade", "hospitality", "retail"],
        "sdgs": [12, 8, 17, 1],
        "legal_form": "bv",
        "year_founded": 2015,
        "size_band": "small",
        "website": "https://bonenbrug.example",
        "public_email": "koffie@bonenbrug.example",
        "spark_programme": "none",
        "spark_year": None,
        "certifications": ["b-corp"],
        "innovations": [
            {
                "title": "Published price per batch",
                "description": "Every bag carries a code linking to the farm-gate price, the price paid to the cooperative and the roastery's margin.",
                "year": 2019,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "green coffee bought directly from cooperatives",
                "value": 38,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 12,
                "source_url": "https://bonenbrug.example/prijzen",
                "verified": True,
            },
            {
                "indicator": "average premium over the fair-trade minimum price",
                "value": 24,
                "unit": "%",
                "year": 2024,
                "sdg": 1,
                "source_url": "https://bonenbrug.example/prijzen",
                "verified": False,
            },
        ],
    },
    {
        "name": "Helmgras Collectief",
        "slug": "helmgras-collectief",
        "summary": "Employs long-term jobseekers in dune and coastal nature management around Den Helder, working for the water board and nature organisations.",
        "description": (
            "Helmgras Collectief carries out practical work in the dunes and polders of the Kop van Noord-Holland: "
            "planting marram grass, clearing invasive shrubs, repairing fences and footpaths, and removing litter from "
            "the beaches.\n\n"
            "Team members have usually been on benefits for several years. They start on a one-year contract and can "
            "gain certificates in chainsaw use, first aid and nature maintenance, which are in demand among "
            "landscaping contractors in the region.\n\n"
            "Clients include the water board, the municipality and the organisations that manage the dunes. The "
            "foundation reinvests any surplus in equipment and training."
        ),
        "country": "NL",
        "region": "North Holland",
        "city": "Den Helder",
        "street_address": "",
        "postal_code": "",
        "latitude": 52.9563,
        "longitude": 4.7600,
        "sectors": ["environment-nature", "work-integration"],
        "sdgs": [15, 8, 13, 14],
        "legal_form": "stichting",
        "year_founded": 2019,
        "size_band": "small",
        "website": "",
        "public_email": "",
        "spark_programme": "startup",
        "spark_year": 2020,
        "certifications": [],
        "innovations": [
            {
                "title": "Certificate route for nature work",
                "description": "A one-year route that combines paid work with three recognised certificates valued by green-sector contractors.",
                "year": 2020,
                "stage": "established",
            },
        ],
        "impact": [
            {
                "indicator": "dune area under management",
                "value": 145,
                "unit": "hectares",
                "year": 2024,
                "sdg": 15,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "team members moving to regular jobs",
                "value": 6,
                "unit": "people",
                "year": 2024,
                "sdg": 8,
                "source_url": "",
                "verified": False,
            },
            {
                "indicator": "beach litter removed",
                "value": 11.5,
                "unit": "tonnes",
                "year": 2024,
                "sdg": 14,
                "source_url": "",
                "verified": False,
            },
        ],
    },
]
