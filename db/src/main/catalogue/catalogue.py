#!/usr/bin/env python3
"""Writes db/src/main/resources/db/migration/merchant/V4__demo_catalogues.sql from the demo
catalogues below (run from the repository root; the SQL is committed, this is its source).

Floor prices and quantity discounts follow each shop's stated policy so merchant agents have
realistic room to negotiate: floor = list x (1 - margin) rounded down to 5 cents."""
import decimal, pathlib

D = decimal.Decimal

SHOPS = {
  "nordlicht-books": dict(prefix="NB", margin=D("0.15"), tiers=[(5, 5), (10, 10)], capture="IMMEDIATE",
    motifs={"fiction": "book", "nonfiction": "book", "maps": "map", "prints": "frame", "kids": "book"},
    categories=[("fiction", "Fiction"), ("nonfiction", "Non-fiction"), ("maps", "Maps & atlases"),
                ("prints", "Art prints"), ("kids", "Children's books")],
    items=[
      ("fiction", "The Lighthouse Keeper's Ledger", "24.90", 37, 2, "A quiet novel of a Frisian lighthouse keeper who logs every passing ship for forty years, and the one entry he never explains. Hardback, 352 pages."),
      ("fiction", "Salt and Shipping Forecasts", "18.50", 54, 2, "Linked stories set along the North Sea coast, from a herring auction in 1912 to a wind farm night shift. Paperback, 288 pages."),
      ("fiction", "The Cartographer's Daughter", "21.00", 22, 2, "Historical mystery: Amsterdam, 1665, a missing map plate and a printer's apprentice who can read copper backwards. Hardback, 416 pages."),
      ("fiction", "Eleven Winters in Tromsø", "16.90", 41, 3, "A translated Norwegian bestseller about a family bakery under the polar night. Paperback, 320 pages."),
      ("fiction", "Ferry Timetable Blues", "14.90", 63, 2, "A comic novel about a ferry clerk who rewrites the timetable to reunite two islands. Paperback, 240 pages."),
      ("nonfiction", "Peat, Dykes and Polders", "32.00", 18, 3, "How the Dutch made and keep their land: engineering history with 140 photographs and cross-sections. Hardback, 304 pages."),
      ("nonfiction", "A Field Guide to North Sea Birds", "27.50", 29, 2, "Identification guide covering 310 species with range maps and flight silhouettes. Flexi-cover, 480 pages."),
      ("nonfiction", "The Hanseatic Ledger", "29.90", 15, 4, "The merchants of the Hanse and how their bookkeeping shaped European trade. Hardback, 368 pages."),
      ("nonfiction", "Cryptography for the Curious", "22.00", 47, 2, "From Caesar shifts to elliptic curves, with exercises and no prerequisites beyond school algebra. Paperback, 336 pages."),
      ("nonfiction", "Bicycle Maintenance, Properly", "19.50", 58, 2, "Step-by-step workshop manual: brakes, hubs, gears and wheel truing, spiral-bound to lie flat. 224 pages."),
      ("maps", "Wadden Islands Hiking Map 1:50 000", "14.50", 42, 2, "Waterproof map of Texel to Schiermonnikoog with tide-dependent mudflat routes and ferry piers."),
      ("maps", "Groningen City Plan 1:12 500", "9.90", 76, 1, "Folded street plan with cycle routes, one-way streets and a full street index."),
      ("maps", "Scandinavia Road Atlas 2027", "34.00", 19, 3, "Spiral-bound road atlas of Norway, Sweden, Denmark and Finland at 1:400 000, with ferry routes."),
      ("maps", "Historical Map of the Zuiderzee, 1740", "39.00", 11, 5, "Facsimile of an 18th-century chart on heavy matt paper, 70 x 50 cm, shipped in a tube."),
      ("maps", "Night Sky Planisphere 52°N", "17.90", 33, 2, "Rotating star finder for northern Europe, with constellation names and a red-light legend."),
      ("prints", "Harbour at Dawn (giclée print)", "45.00", 12, 5, "Archival giclée of a watercolour of Harlingen harbour, 40 x 30 cm, signed and numbered."),
      ("prints", "Botanical Plate: Sea Holly", "38.00", 16, 5, "Reproduction of a 19th-century copperplate on cotton paper, 30 x 40 cm."),
      ("prints", "Tide Table Poster 2027", "12.00", 88, 2, "Typographic poster of the year's tides at Den Helder, 50 x 70 cm."),
      ("prints", "Vintage Ferry Line Poster", "29.00", 24, 4, "Reissue of a 1930s travel poster for the Harlingen-Terschelling line, 50 x 70 cm."),
      ("kids", "Pip the Puffin Goes North", "12.50", 71, 2, "Picture book for ages 3-6: a puffin follows the midnight sun up the coast. Hardback, 32 pages."),
      ("kids", "The Windmill That Wouldn't Turn", "13.90", 49, 2, "Illustrated story for ages 5-8 about a stubborn windmill and a very patient miller. Hardback, 40 pages."),
      ("kids", "My First Atlas", "19.90", 36, 2, "Large-format atlas for ages 6-10 with animals, flags and lift-the-flap continents. 64 pages."),
      ("kids", "Starlight Sticker Book", "8.90", 95, 1, "Over 300 reusable stickers of planets and constellations, with a fold-out sky map."),
      ("nonfiction", "Sourdough North", "26.00", 31, 3, "Rye, spelt and wheat breads from a Groningen bakery, with weights for every step. Hardback, 256 pages."),
    ]),
  "voltaic-parts": dict(prefix="VP", margin=D("0.10"), tiers=[(10, 4), (25, 8), (100, 15)], capture="BATCH",
    motifs={"boards": "chip", "sensors": "sensor", "components": "resistor", "tools": "tool", "power": "battery"},
    categories=[("boards", "Boards & modules"), ("sensors", "Sensors"), ("components", "Components"),
                ("tools", "Tools"), ("power", "Power")],
    items=[
      ("boards", "RP2040 Microcontroller Board", "5.90", 240, 1, "Dual-core Arm Cortex-M0+ at 133 MHz, 264 kB SRAM, 2 MB flash, USB-C, castellated edges."),
      ("boards", "ESP32-S3 Wi-Fi/Bluetooth Module", "8.40", 180, 1, "Xtensa dual-core 240 MHz, 8 MB PSRAM, 16 MB flash, Wi-Fi 4 and Bluetooth LE 5, pre-soldered headers."),
      ("boards", "Single-Board Computer, 4 GB", "64.00", 35, 2, "Quad-core Cortex-A76, 4 GB LPDDR4X, dual micro-HDMI, gigabit Ethernet, PCIe connector."),
      ("boards", "CAN Bus Transceiver Breakout", "6.50", 95, 2, "3.3 V CAN FD transceiver with 120 Ω termination jumper and screw terminals."),
      ("boards", "USB-to-UART Bridge", "4.20", 310, 1, "3.3 V/5 V selectable serial adapter with RX/TX LEDs and a 6-pin header."),
      ("sensors", "BME280 Temperature/Humidity/Pressure Sensor", "7.90", 160, 1, "I²C/SPI environmental sensor on a 3.3 V breakout, ±1 hPa absolute accuracy."),
      ("sensors", "Time-of-Flight Distance Sensor", "11.50", 84, 2, "Laser ranging up to 4 m with 1 mm resolution, I²C, includes a protective cover glass."),
      ("sensors", "9-Axis IMU Breakout", "14.90", 72, 2, "Accelerometer, gyroscope and magnetometer with on-chip sensor fusion, I²C."),
      ("sensors", "Capacitive Soil Moisture Probe", "3.60", 260, 1, "Corrosion-resistant probe with analogue output, 3.3-5.5 V."),
      ("sensors", "PIR Motion Sensor Module", "2.80", 300, 1, "Passive infrared detector, 7 m range, adjustable delay and sensitivity."),
      ("components", "Resistor Kit, 1% Metal Film (600 pcs)", "9.90", 140, 1, "30 values from 10 Ω to 1 MΩ, 20 of each, in a labelled box."),
      ("components", "Ceramic Capacitor Assortment (500 pcs)", "8.50", 120, 1, "25 values from 10 pF to 100 µF, X7R/C0G, 50 V."),
      ("components", "LED Assortment, 5 mm (300 pcs)", "6.90", 150, 1, "Red, green, blue, yellow and white, diffused, with matching resistors."),
      ("components", "Logic-Level MOSFETs (10 pcs)", "4.90", 200, 1, "N-channel, 30 V, 60 A, fully on at 3.3 V gate drive, TO-220."),
      ("components", "Breadboard, 830 Points", "5.50", 230, 1, "Solderless breadboard with adhesive back and two power rails each side."),
      ("components", "Jumper Wire Set (120 pcs)", "4.50", 280, 1, "Male-male, male-female and female-female Dupont wires, 20 cm."),
      ("tools", "Temperature-Controlled Soldering Station", "89.00", 28, 2, "70 W, 150-450 °C, ceramic heater, with stand, brass tip cleaner and three tips."),
      ("tools", "Digital Multimeter, True RMS", "49.00", 44, 2, "6000-count, CAT III 600 V, capacitance, frequency and temperature ranges."),
      ("tools", "Precision Screwdriver Set (32 bits)", "19.90", 66, 1, "S2 steel bits including Torx, Pentalobe and Tri-wing, aluminium handle, magnetic case."),
      ("tools", "Flush Cutters", "9.50", 110, 1, "Hardened jaws for copper wire up to 1.3 mm, ESD-safe grips."),
      ("tools", "Pocket Logic Analyser, 8 Channels", "24.00", 58, 2, "24 MHz sampling, works with open-source PulseView, USB-C."),
      ("power", "Bench Power Supply 30 V / 5 A", "119.00", 17, 3, "Linear-regulated, constant voltage and current, 4-digit displays, low ripple."),
      ("power", "18650 Li-ion Cells (4 pcs)", "22.00", 90, 2, "3,000 mAh, 15 A continuous, flat top, shipped at storage charge."),
      ("power", "USB-C PD Trigger Board", "3.90", 210, 1, "Negotiates 5/9/12/15/20 V from a USB-C PD charger, selectable by jumper."),
      ("power", "Buck Converter Module 5 A", "4.80", 190, 1, "Adjustable 1.25-32 V output from 4.5-40 V input, 95% peak efficiency."),
    ]),
  "herbarium-tea": dict(prefix="HT", margin=D("0.12"), tiers=[(3, 5), (6, 10), (12, 15)], capture="IMMEDIATE",
    motifs={"green": "leaf", "black": "leaf", "oolong": "leaf", "herbal": "flower", "gear": "teapot"},
    categories=[("green", "Green tea"), ("black", "Black tea"), ("oolong", "Oolong & white"),
                ("herbal", "Herbal infusions"), ("gear", "Brewing gear")],
    items=[
      ("green", "Sencha Asamushi, 100 g", "12.90", 64, 2, "Lightly steamed first-flush sencha from Shizuoka: grassy, sweet, with a long umami finish. Brew at 70 °C for 1 minute."),
      ("green", "Gyokuro Yame, 50 g", "24.00", 21, 3, "Shade-grown for three weeks before picking; deep green liquor, marine sweetness. Brew at 55 °C."),
      ("green", "Dragon Well (Long Jing), 100 g", "18.50", 38, 2, "Pan-fired flat leaves from Hangzhou, chestnut aroma and a clean, buttery cup."),
      ("green", "Ceremonial Matcha, 30 g", "22.00", 45, 2, "Stone-ground tencha from Uji for usucha and koicha; vivid colour, no bitterness."),
      ("green", "Genmaicha, 150 g", "8.90", 80, 1, "Bancha with toasted and popped brown rice: nutty, savoury and low in caffeine."),
      ("black", "Darjeeling Second Flush, 100 g", "16.90", 52, 2, "Muscatel notes from a single estate at 1,800 m, summer 2026 picking."),
      ("black", "Assam Golden Tips, 100 g", "11.50", 70, 2, "Malty, robust breakfast tea with golden buds; takes milk well."),
      ("black", "Lapsang Souchong, 100 g", "10.90", 43, 2, "Pine-smoked black tea from the Wuyi mountains, campfire aroma and a sweet finish."),
      ("black", "Earl Grey Bergamot Supreme, 125 g", "9.90", 96, 1, "Ceylon black tea with cold-pressed Calabrian bergamot oil and cornflower petals."),
      ("black", "Yunnan Dian Hong, 100 g", "14.20", 34, 2, "Bud-rich black tea with cocoa and sweet potato notes, no astringency."),
      ("oolong", "Tieguanyin Iron Goddess, 100 g", "19.90", 29, 2, "Rolled Anxi oolong, orchid fragrance, several infusions gongfu style."),
      ("oolong", "Da Hong Pao Rock Oolong, 50 g", "26.00", 17, 3, "Charcoal-roasted Wuyi rock tea, mineral and dark fruit notes."),
      ("oolong", "Oriental Beauty, 50 g", "21.50", 19, 3, "Taiwanese oolong bitten by leafhoppers, honey and ripe peach aromas."),
      ("oolong", "Silver Needle White Tea, 50 g", "23.00", 24, 3, "Downy buds from Fuding, delicate hay and melon sweetness. Brew at 80 °C."),
      ("herbal", "Rooibos Vanilla, 150 g", "7.90", 110, 1, "South African red bush with Madagascan vanilla pieces; caffeine-free."),
      ("herbal", "Peppermint Leaves, 80 g", "6.50", 125, 1, "Whole-leaf Dutch peppermint, strong and cooling."),
      ("herbal", "Chamomile Flowers, 60 g", "7.20", 88, 1, "Whole Egyptian chamomile blossoms, apple-sweet and calming."),
      ("herbal", "Lemon Verbena & Ginger, 100 g", "8.40", 57, 2, "Bright citrus leaves with dried ginger root, good hot or iced."),
      ("herbal", "Hibiscus Berry Blend, 150 g", "7.50", 74, 1, "Hibiscus, rosehip, elderberry and blackcurrant; tart and ruby red."),
      ("gear", "Glass Teapot with Infuser, 800 ml", "29.00", 31, 2, "Borosilicate glass pot with stainless-steel infuser, safe on gas and ceramic hobs."),
      ("gear", "Kyusu Side-Handle Teapot, 300 ml", "48.00", 12, 4, "Tokoname clay teapot with a fine built-in ceramic filter, made for Japanese greens."),
      ("gear", "Gaiwan Set with Four Cups", "34.00", 18, 3, "White porcelain gaiwan (120 ml), fair cup and four tasting cups."),
      ("gear", "Bamboo Matcha Whisk (Chasen)", "15.50", 40, 2, "80-prong whisk hand-carved from a single piece of bamboo, with a ceramic holder."),
      ("gear", "Variable-Temperature Kettle, 1 l", "69.00", 22, 2, "Stainless steel, 40-100 °C in 5 °C steps, keep-warm, gooseneck spout."),
      ("gear", "Airtight Tea Caddy, 200 g", "12.00", 66, 1, "Double-lid tinplate caddy that keeps leaves dry and dark; washi paper finish."),
    ]),
}

def q(s):
    return "'" + s.replace("'", "''") + "'"

out = ["-- Demo catalogues of the three seeded merchants: categories, products with negotiation",
       "-- parameters (floor price, quantity discounts), stock and delivery days.",
       "-- GENERATED by db/src/main/catalogue/catalogue.py: edit that file and re-run it.", ""]
for code, shop in SHOPS.items():
    out.append(f"UPDATE merchant SET lid_prefix = {q(shop['prefix'])}, capture_policy = {q(shop['capture'])} WHERE code = {q(code)};")
    for pos, (slug, name) in enumerate(shop["categories"]):
        out.append(f"INSERT INTO category (merchant_id, slug, name, position, motif) SELECT id, {q(slug)}, {q(name)}, {pos}, {q(shop['motifs'][slug])} FROM merchant WHERE code = {q(code)};")
    counters = {}
    for i, (cat, name, price, stock, days, desc) in enumerate(shop["items"]):
        counters[cat] = counters.get(cat, 0) + 1
        sku = f"{shop['prefix']}-{cat[:3].upper()}-{counters[cat]:03d}"
        lp = D(price)
        floor = (lp * (1 - shop["margin"]) / D("0.05")).to_integral_value(rounding=decimal.ROUND_FLOOR) * D("0.05")
        hue = (i * 47 + len(code) * 31) % 360
        out.append(
            "INSERT INTO product (merchant_id, category_id, sku, name, description, list_price, floor_price, stock, delivery_days, image_hue) "
            f"SELECT m.id, c.id, {q(sku)}, {q(name)}, {q(desc)}, {lp}, {floor:.2f}, {stock}, {days}, {hue} "
            f"FROM merchant m JOIN category c ON c.merchant_id = m.id AND c.slug = {q(cat)} WHERE m.code = {q(code)};")
        for minq, pct in shop["tiers"]:
            out.append(f"INSERT INTO quantity_discount (product_id, min_quantity, percent) SELECT id, {minq}, {pct} FROM product WHERE sku = {q(sku)};")
    out.append("")
path = pathlib.Path("db/src/main/resources/db/migration/merchant/V4__demo_catalogues.sql")
path.write_text("\n".join(out) + "\n", encoding="utf-8")
print(path, sum(len(s["items"]) for s in SHOPS.values()), "products")
