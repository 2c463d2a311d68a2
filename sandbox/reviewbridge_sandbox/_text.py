"""Word banks and small composers for review texts that read like real customer feedback."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Robert", "Olivia", "James", "Amelia", "Mohammed", "Isla", "Oliver", "Sophie", "Harry", "Chloé",
    "Jack", "Emily", "Noah", "Grace", "Liam", "Zoë", "Lucas", "Hannah", "Jonas", "Lena",
    "Lukas", "Marie", "Felix", "Anna", "Léa", "Hugo", "Camille", "Louis", "Inès", "Jan",
    "Sanne", "Daan", "Emma", "Sara", "Erik", "Astrid", "Björn", "Ingrid", "Øyvind", "Maja",
    "José", "Lucía", "Mateo", "Sofía", "Priya", "Arjun", "Wei", "Mei", "Kenji", "Aiko",
    "Fatima", "Omar", "Aisha", "Tomás", "Siobhán", "Niamh", "Connor", "Dorothy", "Frank", "Margaret",
)  # fmt: skip

LAST_NAMES = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
    "Walker", "Thompson", "O'Brien", "McDonald", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker",
    "Hoffmann", "Schäfer", "Dubois", "Martin", "Bernard", "Lefèvre", "Moreau", "de Vries", "van Dijk", "Jansen",
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Hansen", "Sørensen", "García", "Fernández",
    "López", "Rossi", "Russo", "Kowalski", "Nowak", "Novák", "Horváth", "Chen", "Wang", "Tanaka", "Kim",
    "Nguyen", "Singh", "Khan", "Ahmed", "Murphy", "Kelly", "Byrne", "Evans", "Hughes", "Clarke",
)  # fmt: skip

EMAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.de", "hotmail.com", "icloud.com",
                 "orange.fr", "telia.com", "example.org")  # fmt: skip

UK_PLACES = (
    "Catford, London", "Headingley, Leeds", "Didsbury, Manchester", "Clifton, Bristol", "Jesmond, Newcastle",
    "Morningside, Edinburgh", "Kelvinside, Glasgow", "Roath, Cardiff", "Ecclesall, Sheffield", "Edgbaston, Birmingham",
    "Bath", "York", "Norwich", "Exeter", "Brighton", "Cambridge", "Oxford", "Reading", "Belfast", "Swansea",
)  # fmt: skip

SEGMENTS = ("Home user", "Small business", "Student", "Family", "First-time buyer", "Gift buyer", "Professional")

PRODUCTS = (
    ("Specialbrand T-Shirt White M", "specialbrand", "Apparel"),
    ("Trail Running Shoe Women's 39", "Stridewell", "Shoes"),
    ("Noise Cancelling Headphones NC-700", "Sonora", "Audio"),
    ("Cast Iron Casserole 26 cm", "Fonderie", "Kitchen"),
    ("Organic Cotton Bed Linen Set Double", "Linnea", "Home"),
    ("Cordless Drill 18V with 2 Batteries", "Torqwerk", "DIY"),
    ("Espresso Machine Barista Pro", "Caffaro", "Kitchen"),
    ("Merino Wool Jumper Navy L", "Highfold", "Apparel"),
    ("Kids' Waterproof Jacket 128", "Puddle & Co", "Kids"),
    ("Smart LED Bulb E27 4-pack", "Lumo", "Home"),
    ("Yoga Mat 6 mm Non-slip", "Asana Works", "Sport"),
    ("Stainless Steel Water Bottle 750 ml", "Hydrosteel", "Outdoor"),
    ("Electric Toothbrush Series 5", "Brightwell", "Health"),
    ("Ceramic Plant Pot Set of 3", "Terraform", "Garden"),
    ("Leather Card Holder Tan", "Saddlery", "Accessories"),
    ("Mechanical Keyboard TKL Brown Switches", "Keystone", "Computing"),
    ("Down Duvet 13.5 Tog King", "Nordvik", "Home"),
    ("Road Bike Helmet M", "Velotech", "Sport"),
    ("Dog Bed Orthopaedic Large", "Pawsome", "Pets"),
    ("Linen Summer Dress Sage 12", "Meadowlane", "Apparel"),
)  # fmt: skip

POSITIVE_TITLES = (
    "Great experience", "Excellent service", "Very happy", "Would recommend", "Fast delivery",
    "Spot on", "Brilliant", "Top shop", "Exactly as described", "Super quick and easy",
    "Lovely quality", "Five stars", "Really pleased", "Smooth from start to finish",
)  # fmt: skip
NEUTRAL_TITLES = ("OK overall", "Decent", "Fine, nothing special", "Mixed feelings", "Good but slow", "Average")
NEGATIVE_TITLES = (
    "Disappointed", "Poor service", "Arrived damaged", "Never again", "Late delivery",
    "Not as described", "Still waiting for a refund", "Customer service unhelpful",
)  # fmt: skip

POSITIVE_SENTENCES = (
    "Everything went well.", "Very helpful staff!", "Ordered at 3pm and it arrived at 9.20am the next day.",
    "The {product} is even better than I expected.", "Packaging was neat and fully recyclable.",
    "Easy to order and the tracking was spot on.", "Great value for money.",
    "The courier was friendly and called ahead.", "Quality is excellent and it fits perfectly.",
    "I had a question about sizing and got a reply within the hour.", "Will definitely order again.",
    "Second time ordering here and just as good as the first.", "Prices were better than on the high street.",
    "Returns were painless and the refund came through in two days.", "Exactly what the website showed.",
    "The {product} was well packed and arrived in perfect condition.", "Really impressed with the service.",
)  # fmt: skip
NEUTRAL_SENTENCES = (
    "Delivery took {days} days, a bit longer than I hoped.", "The {product} is fine but feels a little cheap.",
    "Website was a bit confusing at checkout.", "Had to chase the order once, but it turned up.",
    "Does the job.", "Colour is slightly different from the photos.", "Not bad for the price.",
)  # fmt: skip
NEGATIVE_SENTENCES = (
    "The {product} arrived with a cracked corner.", "Delivery was {days} days late and nobody told me.",
    "I called customer service three times without an answer.", "The item was not as described on the website.",
    "Still waiting for my refund after {days} days.", "Parcel was left in the rain outside my door.",
    "Wrong size sent and I had to pay for the return.", "Very disappointed with the whole experience.",
)  # fmt: skip

REPLIES_POSITIVE = (
    "We appreciate your feedback.", "Thank you so much for your kind words, {name}!",
    "Thanks for shopping with us, we hope to see you again soon.", "Glad to hear everything arrived on time.",
    "Thank you! We've passed your comments on to the team.",
)  # fmt: skip
REPLIES_NEGATIVE = (
    "We're sorry to hear this, {name}. Our team will contact you by email today.",
    "Apologies for the delay. Please reply to your order confirmation so we can sort this out.",
    "Thank you for letting us know. A replacement is on its way.",
    "We're sorry the item didn't meet your expectations; a full refund has been issued.",
)  # fmt: skip

PROS = ("Good quality", "Fast delivery", "Great price", "Comfortable", "Easy to use", "Looks great", "Well made",
        "Quiet", "Long battery life", "True to size", "Lightweight", "Easy to clean")  # fmt: skip
CONS = ("Runs small", "Expensive", "Instructions unclear", "A bit heavy", "Short cable", "Scratches easily",
        "Packaging excessive", "Noisy", "Colour fades")  # fmt: skip

GERMAN_SENTENCES = (
    "Schnelle Lieferung und alles gut verpackt.", "Die Qualität ist super, gerne wieder.",
    "Passt perfekt, sehr zufrieden.", "Leider etwas kleiner als erwartet.", "Preis-Leistung stimmt.",
)  # fmt: skip
SWEDISH_SENTENCES = (
    "Snabb leverans och bra kvalitet.", "Mycket nöjd med köpet!", "Passar perfekt, rekommenderas.",
    "Lite dyr men prisvärd i längden.", "Fungerar precis som utlovat.",
)  # fmt: skip


def sentiment(rating: int | None, scale: int = 5) -> str:
    """'positive', 'neutral' or 'negative' for a rating on a 1..scale (or 0..10) scale."""
    if rating is None:
        return "neutral"
    ratio = rating / scale
    if ratio >= 0.75:
        return "positive"
    if ratio >= 0.5:
        return "neutral"
    return "negative"


def title(generator: random.Random, mood: str) -> str:
    bank = {"positive": POSITIVE_TITLES, "neutral": NEUTRAL_TITLES, "negative": NEGATIVE_TITLES}[mood]
    return generator.choice(bank)


def comment(generator: random.Random, mood: str, product: str, *, sentences: int | None = None) -> str:
    """One to four sentences matching the mood, with the occasional contrasting remark."""
    bank = {"positive": POSITIVE_SENTENCES, "neutral": NEUTRAL_SENTENCES, "negative": NEGATIVE_SENTENCES}[mood]
    count = sentences if sentences is not None else generator.choice((1, 1, 2, 2, 2, 3, 3, 4))
    picked = generator.sample(bank, min(count, len(bank)))
    if mood == "positive" and generator.random() < 0.15:
        picked.append(generator.choice(NEUTRAL_SENTENCES))
    days = generator.randint(3, 21)
    short = product.split(" ")[0].lower() if generator.random() < 0.5 else "order"
    return " ".join(s.format(product=short, days=days) for s in picked)


def reply(generator: random.Random, mood: str, first_name: str | None) -> str:
    bank = REPLIES_NEGATIVE if mood == "negative" else REPLIES_POSITIVE
    return generator.choice(bank).format(name=first_name or "there")


def slug(text: str) -> str:
    """ASCII, lowercase, dots for spaces: a plausible e-mail local part for a name."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "o", "å": "a", "é": "e", "è": "e",
                           "ë": "e", "í": "i", "ó": "o", "á": "a", "ñ": "n", "ç": "c", "'": "", " ": "."})  # fmt: skip
    return text.lower().translate(table)


def email(first: str, last: str, number: int) -> str:
    style = number % 4
    domain = EMAIL_DOMAINS[(number >> 2) % len(EMAIL_DOMAINS)]
    if style == 0:
        local = f"{slug(first)}.{slug(last)}"
    elif style == 1:
        local = f"{slug(first)[0]}{slug(last)}{number % 97}"
    elif style == 2:
        local = f"{slug(first)}{(number >> 5) % 90 + 10}"
    else:
        local = f"{slug(last)}.{slug(first)}"
    return f"{local}@{domain}"
