"""Writes gold.json for this dev set (kept as code so each claim is one readable line)."""
import json
from pathlib import Path

OUTLETS = {
    "d01_lisbon_teachers_strike": ("Meridian Wire", "2025-11-13"),
    "d02_cyclone_evacuations": ("Harbour Post", "2025-05-18"),
    "d03_kenya_cholera": ("Lakeside Herald", "2025-04-11"),
    "d04_tbilisi_protest": ("Tbilisi Courier", "2025-06-08"),
    "d05_sudan_fighting": ("Nile Observer", "2025-02-11"),
    "d06_power_cut_liveblog": ("Plata Live", "2025-01-20"),
    "d07_channel_crossings": ("Channel Gazette", "2025-08-24"),
    "d08_japan_heatwave": ("Pacific Daily", "2025-07-22"),
    "d09_ohio_flood_local": ("Holmes County Record", "2025-03-17"),
    "d10_santiago_pension_march": ("Andes Press", "2025-09-04"),
    "d11_luzon_floods": ("Island Tribune", "2025-10-20"),
    "d12_greece_general_strike": ("Meridian Wire", "2025-10-15"),
    "d13_border_clashes": ("Steppe Herald", "2025-09-20"),
    "d14_mediterranean_interceptions": ("Tiber News", "2025-07-08"),
    "d15_peru_dengue": ("Pacific Coast Daily", "2025-03-14"),
    "d16_nepal_earthquake": ("Himalaya Post", "2025-11-09"),
}


def c(value, qualifier, what, claimant, country, kind, via=None, high=None):
    return {"value": value, "high": high, "qualifier": qualifier, "what": what, "claimant": claimant,
            "claimant_country": country, "claimant_kind": kind, "via": via, "hypothetical": False}


def q(speaker, head, partial=False):
    return {"speaker": speaker, "head": head, "partial": partial}


ARTICLES = {
    "d01_lisbon_teachers_strike": (
        [q("Inês Carvalho", "Nobody goes without a salary")],
        [c(85000, "approx", "other", "National Federation of Teachers", "Portugal", "organisers"),
         c(31000, "exact", "other", "Portugal Ministry of Education", "Portugal", "government"),
         c(40000, "lower", "other", "Inês Carvalho", "Portugal", "person"),
         c(18000, "exact", "other", "Lisbon police", "Portugal", "police"),
         c(150000, "approx", "other", None, None, "background")],
        [1200]),
    "d02_cyclone_evacuations": (
        [q("Rafiq Hossain", "We will not lose a single")],
        [c(200000, "vague", "other", None, None, "background", high=999999),
         c(740000, "exact", "other", "Department of Disaster Management", "Bangladesh", "government"),
         c(12, "lower", "killed", "Department of Disaster Management", "Bangladesh", "government"),
         c(55000, "exact", "other", "Bangladesh Red Crescent Society", "Bangladesh", "ngo"),
         c(2300000, "exact", "other", "OCHA", "United Nations", "ngo"),
         c(900000, "approx", "other", "OCHA", "United Nations", "ngo"),
         c(8000, "exact", "troops", "Rafiq Hossain", "Bangladesh", "person")],
        []),
    "d03_kenya_cholera": (
        [q("Amina Oduya", "Our nurses are working double")],
        [c(2100, "lower", "other", "Kenya Ministry of Health", "Kenya", "government"),
         c(37, "exact", "killed", "Kenya Ministry of Health", "Kenya", "government"),
         c(400, "exact", "other", "Amina Oduya", "Kenya", "person"),
         c(20, "exact", "other", "World Health Organization", "World Health Organization", "ngo"),
         c(15000, "approx", "other", "World Health Organization", "World Health Organization", "ngo"),
         c(300, "exact", "other", "Peter Kimani", "Kenya", "person")],
        []),
    "d04_tbilisi_protest": (
        [],
        [c(20000, "vague", "other", None, None, "background", high=99999),
         c(20000, "vague", "other", None, None, "background", high=99999),
         c(120000, "exact", "other", "Free Voice", "Georgia", "organisers"),
         c(25000, "approx", "other", "Georgia Ministry of Interior", "Georgia", "government"),
         c(60000, "exact", "other", "Tbilisi Courier", None, "outlet"),
         c(45000, "range", "other", "Crowdlens", "Georgia", "independent", high=55000),
         c(14, "exact", "captured", "Georgia Ministry of Interior", "Georgia", "government"),
         c(300000, "exact", "other", "Nino Beridze", "Georgia", "person")],
        []),
    "d05_sudan_fighting": (
        [q("Rapid Support Forces", "minimal", True)],
        [c(300, "lower", "killed", "Sudanese army", "Sudan", "military"),
         c(120, "exact", "captured", "Rapid Support Forces", "Rapid Support Forces", "military"),
         c(65, "exact", "killed", "Doctors", None, "independent", via=["Sudan Doctors Network"]),
         c(40000, "lower", "other", "Leila Haddad", "United Nations", "person"),
         c(2000, "exact", "troops", "Rapid Support Forces", "Rapid Support Forces", "military")],
        []),
    "d06_power_cut_liveblog": (
        [],
        [c(620000, "exact", "other", "Rio Plata Energía", "Argentina", "independent"),
         c(48, "exact", "other", "SAME", "Argentina", "government"),
         c(200, "approx", "other", "Rio Plata Energía", "Argentina", "independent", via=["Canal Sur"]),
         c(1100000, "exact", "other", "Martín Quiroga", "Argentina", "person"),
         c(30, "lower", "other", "Plata Live", None, "outlet")],
        [14, 5, 20, 40, 15, 10]),
    "d07_channel_crossings": (
        [],
        [c(1000, "lower", "other", "Home Office", "United Kingdom", "government"),
         c(1016, "exact", "other", "Home Office", "United Kingdom", "government"),
         c(28000, "exact", "other", "United Kingdom", "United Kingdom", "government"),
         c(240, "exact", "other", "France", "France", "government"),
         c(3, "exact", "killed", "Nord prefecture", "France", "government"),
         c(400, "exact", "other", "Border Force", "United Kingdom", "anonymous", via=["Daily Courier"]),
         c(70, "approx", "other", "National Crime Agency", "United Kingdom", "government", via=["Lawmakers"])],
        [19]),
    "d08_japan_heatwave": (
        [],
        [c(9000, "lower", "other", "Fire and Disaster Management Agency", "Japan", "government"),
         c(9000, "lower", "other", "Fire and Disaster Management Agency", "Japan", "government"),
         c(12, "exact", "killed", "Fire and Disaster Management Agency", "Japan", "government"),
         c(1400, "exact", "other", "Tokyo Fire Department", "Japan", "government", via=["NHK"]),
         c(700, "exact", "other", "Osaka city government", "Japan", "government")],
        [38, 47, 35]),
    "d09_ohio_flood_local": (
        [q("Dana Keller", "We have never seen the water")],
        [c(43, "exact", "other", "Tim Zollars", "United States", "person"),
         c(43, "exact", "other", "Tim Zollars", "United States", "person"),
         c(250, "exact", "other", "Tim Zollars", "United States", "person"),
         c(60, "approx", "other", "emergency management agency", "United States", "government"),
         c(3000, "approx", "other", None, None, "background"),
         c(15, "exact", "other", "American Red Cross", "United States", "ngo")],
        [2005]),
    "d10_santiago_pension_march": (
        [],
        [c(20000, "vague", "other", None, None, "background", high=99999),
         c(45000, "exact", "other", "Carabineros", "Chile", "police"),
         c(200000, "exact", "other", "Unidad Trabajadora", "Chile", "organisers"),
         c(90000, "approx", "other", "Lucía Ferrada", "Chile", "person"),
         c(130, "exact", "captured", "Chile Ministry of Interior", "Chile", "government"),
         c(38, "exact", "wounded", "Rodrigo Sanhueza", "Chile", "person"),
         c(12, "exact", "other", "Argentine embassy", "Argentina", "government")],
        []),
    "d11_luzon_floods": (
        [],
        [c(24, "vague", "killed", "provincial disaster office", "Philippines", "government", high=99),
         c(27, "lower", "killed", "provincial disaster office", "Philippines", "government"),
         c(14500, "exact", "other", "Provincial Disaster Risk Reduction and Management Office", "Philippines",
           "government"),
         c(9, "exact", "other", "Provincial Disaster Risk Reduction and Management Office", "Philippines",
           "government"),
         c(60000, "approx", "other", "Celia Dumlao", "Philippines", "person"),
         c(20, "exact", "other", "Japan Ministry of Foreign Affairs", "Japan", "government"),
         c(3000, "exact", "other", "Bayanihan Aid", "Philippines", "ngo")],
        []),
    "d12_greece_general_strike": (
        [],
        [c(40000, "exact", "other", "Hellenic Labour Federation", "Greece", "organisers"),
         c(9400, "exact", "other", "Greece Ministry of Labour", "Greece", "government"),
         c(11000, "exact", "other", "police", "Greece", "police"),
         c(4500, "exact", "other", "police", "Greece", "police"),
         c(600, "approx", "other", "Nikos Andrianakis", "Greece", "person")],
        [24, 80]),
    "d13_border_clashes": (
        [],
        [c(46, "exact", "killed", "Kyrgyzstan border service", "Kyrgyzstan", "government"),
         c(9, "exact", "killed", "Kyrgyzstan border service", "Kyrgyzstan", "government"),
         c(100, "lower", "killed", "Tajikistan Ministry of Defence", "Tajikistan", "government"),
         c(12, "exact", "killed", "Tajikistan Ministry of Defence", "Tajikistan", "government"),
         c(140, "exact", "wounded", "Kyrgyzstan Ministry of Health", "Kyrgyzstan", "government"),
         c(2000, "exact", "troops", "Daler Rahimzoda", "Tajikistan", "person"),
         c(1500, "exact", "troops", "Kyrgyzstan Ministry of Emergencies", "Kyrgyzstan", "government"),
         c(20000, "exact", "other", "regional official in Batken", "Kyrgyzstan", "government")],
        []),
    "d14_mediterranean_interceptions": (
        [],
        [c(600, "lower", "other", "International Organization for Migration", "United Nations", "ngo"),
         c(600, "lower", "other", "International Organization for Migration", "United Nations", "ngo"),
         c(412, "exact", "other", "Libyan coast guard", "Libya", "military", via=["Agenzia Riva"]),
         c(1250, "exact", "other", "Italy Ministry of Interior", "Italy", "government"),
         c(89, "exact", "other", "Mare Libero", "Germany", "ngo"),
         c(7, "exact", "killed", "Mare Libero", "Germany", "ngo"),
         c(3000, "approx", "killed", "UNHCR", "United Nations", "ngo"),
         c(230, "exact", "other", "Karim Ben Salah", "Tunisia", "person")],
        []),
    "d15_peru_dengue": (
        [q("Elena Rojas", "We are seeing wards with two")],
        [c(90000, "lower", "other", "Ana Quispe", "Peru", "person"),
         c(92000, "exact", "other", "Ana Quispe", "Peru", "person"),
         c(118, "exact", "killed", "Ana Quispe", "Peru", "person"),
         c(1300, "exact", "other", "Ana Quispe", "Peru", "person"),
         c(3000000, "lower", "other", "Pan American Health Organization", "Pan American Health Organization", "ngo"),
         c(400, "exact", "troops", "Jorge Talledo", "Peru", "person"),
         c(27000, "exact", "other", "Ecuador Ministry of Health", "Ecuador", "government"),
         c(250, "exact", "other", "Elena Rojas", "Peru", "person")],
        [2]),
    "d16_nepal_earthquake": (
        [],
        [c(153, "exact", "killed", "Nepal Ministry of Home Affairs", "Nepal", "government"),
         c(300, "exact", "troops", "Sita Gurung", "Nepal", "person"),
         c(120, "exact", "other", "India disaster response force", "India", "government", via=["Himal Television"]),
         c(250000, "lower", "other", "Aid agencies", None, "ngo"),
         c(8000, "exact", "other", "Save Nepal", "Nepal", "ngo")],
        [5000]),
}

gold = {f"{name}.txt": {"meta": {"outlet": OUTLETS[name][0], "published": OUTLETS[name][1]},
                         "quotes": quotes, "claims": claims, "ignore_values": ignore}
        for name, (quotes, claims, ignore) in ARTICLES.items()}
here = Path(__file__).parent / "claimant"
(here / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
rows = ["file,outlet,url,published"] + [f"{n}.txt,{o},,{d}" for n, (o, d) in OUTLETS.items()]
(here / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
