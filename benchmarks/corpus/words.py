"""Vocabulary of the synthetic national corpus: provinces and their regencies and cities, agencies,
people's names and the programme templates per element that `make_corpus.py` draws from.

Region names are the real kabupaten/kota of each province (2022 list, Jakarta's administrative
cities left out as they are not autonomous); region codes are assigned in order and are only
plausible, not the official Kemendagri codes. Programme templates are invented but follow what
real masterplans contain (see masterplans/ and shared/DOMAIN.md).
"""

from __future__ import annotations

# Province code, name, provincial bank (partner of payment programmes), regions ("Kota " marks a city).
PROVINCES: tuple[tuple[str, str, str, str], ...] = (
    (
        "11",
        "Aceh",
        "Bank Aceh Syariah",
        (
            "Aceh Besar, Aceh Barat, Aceh Selatan, Aceh Timur, Aceh Utara, Aceh Tengah, Aceh Tenggara, Aceh Jaya, "
            "Bireuen, Pidie, Pidie Jaya, Nagan Raya, Gayo Lues, Bener Meriah, Simeulue, Aceh Singkil, Aceh Tamiang, "
            "Aceh Barat Daya, Kota Banda Aceh, Kota Sabang, Kota Lhokseumawe, Kota Langsa, Kota Subulussalam"
        ),
    ),
    (
        "12",
        "Sumatera Utara",
        "Bank Sumut",
        (
            "Deli Serdang, Langkat, Karo, Simalungun, Asahan, Labuhanbatu, Tapanuli Utara, Tapanuli Tengah, "
            "Tapanuli Selatan, Nias, Mandailing Natal, Toba, Dairi, Humbang Hasundutan, Samosir, Serdang Bedagai, "
            "Batu Bara, Padang Lawas, Padang Lawas Utara, Labuhanbatu Utara, Labuhanbatu Selatan, Pakpak Bharat, "
            "Nias Selatan, Nias Utara, Nias Barat, Kota Medan, Kota Binjai, Kota Pematangsiantar, Kota Tebing Tinggi, "
            "Kota Tanjungbalai, Kota Sibolga, Kota Padangsidimpuan, Kota Gunungsitoli"
        ),
    ),
    (
        "13",
        "Sumatera Barat",
        "Bank Nagari",
        (
            "Agam, Pasaman, Pasaman Barat, Lima Puluh Kota, Tanah Datar, Padang Pariaman, Pesisir Selatan, Solok, "
            "Solok Selatan, Sijunjung, Dharmasraya, Kepulauan Mentawai, Kota Padang, Kota Bukittinggi, "
            "Kota Payakumbuh, Kota Sawahlunto, Kota Padang Panjang, Kota Pariaman, Kota Solok"
        ),
    ),
    (
        "14",
        "Riau",
        "Bank Riau Kepri Syariah",
        (
            "Kampar, Bengkalis, Indragiri Hulu, Indragiri Hilir, Pelalawan, Rokan Hulu, Rokan Hilir, Siak, "
            "Kuantan Singingi, Kepulauan Meranti, Kota Pekanbaru, Kota Dumai"
        ),
    ),
    (
        "15",
        "Jambi",
        "Bank Jambi",
        (
            "Batanghari, Muaro Jambi, Bungo, Tebo, Merangin, Sarolangun, Kerinci, Tanjung Jabung Barat, "
            "Tanjung Jabung Timur, Kota Jambi, Kota Sungai Penuh"
        ),
    ),
    (
        "16",
        "Sumatera Selatan",
        "Bank Sumsel Babel",
        (
            "Ogan Komering Ulu, Ogan Komering Ilir, Muara Enim, Lahat, Musi Rawas, Musi Banyuasin, Banyuasin, "
            "Ogan Ilir, Empat Lawang, Penukal Abab Lematang Ilir, Musi Rawas Utara, Ogan Komering Ulu Timur, "
            "Ogan Komering Ulu Selatan, Kota Palembang, Kota Prabumulih, Kota Pagar Alam, Kota Lubuklinggau"
        ),
    ),
    (
        "17",
        "Bengkulu",
        "Bank Bengkulu",
        (
            "Bengkulu Utara, Bengkulu Selatan, Bengkulu Tengah, Rejang Lebong, Kaur, Seluma, Mukomuko, Lebong, "
            "Kepahiang, Kota Bengkulu"
        ),
    ),
    (
        "18",
        "Lampung",
        "Bank Lampung",
        (
            "Lampung Selatan, Lampung Tengah, Lampung Utara, Lampung Barat, Lampung Timur, Tulang Bawang, "
            "Tulang Bawang Barat, Tanggamus, Way Kanan, Pesawaran, Pringsewu, Mesuji, Pesisir Barat, "
            "Kota Bandar Lampung, Kota Metro"
        ),
    ),
    (
        "19",
        "Kepulauan Bangka Belitung",
        "Bank Sumsel Babel",
        "Bangka, Bangka Barat, Bangka Tengah, Bangka Selatan, Belitung, Belitung Timur, Kota Pangkalpinang",
    ),
    (
        "21",
        "Kepulauan Riau",
        "Bank Riau Kepri Syariah",
        "Bintan, Karimun, Natuna, Lingga, Kepulauan Anambas, Kota Batam, Kota Tanjungpinang",
    ),
    (
        "32",
        "Jawa Barat",
        "Bank BJB",
        (
            "Bogor, Sukabumi, Cianjur, Bandung, Garut, Tasikmalaya, Ciamis, Kuningan, Cirebon, Majalengka, Sumedang, "
            "Indramayu, Subang, Purwakarta, Karawang, Bekasi, Bandung Barat, Pangandaran, Kota Bogor, Kota Sukabumi, "
            "Kota Bandung, Kota Cirebon, Kota Bekasi, Kota Depok, Kota Cimahi, Kota Tasikmalaya, Kota Banjar"
        ),
    ),
    (
        "33",
        "Jawa Tengah",
        "Bank Jateng",
        (
            "Cilacap, Banyumas, Purbalingga, Banjarnegara, Kebumen, Purworejo, Wonosobo, Magelang, Boyolali, Klaten, "
            "Sukoharjo, Wonogiri, Karanganyar, Sragen, Grobogan, Blora, Rembang, Pati, Kudus, Jepara, Demak, Semarang, "
            "Temanggung, Kendal, Batang, Pekalongan, Pemalang, Tegal, Brebes, Kota Magelang, Kota Surakarta, "
            "Kota Salatiga, Kota Semarang, Kota Pekalongan, Kota Tegal"
        ),
    ),
    (
        "34",
        "Daerah Istimewa Yogyakarta",
        "Bank BPD DIY",
        "Kulon Progo, Bantul, Gunungkidul, Sleman, Kota Yogyakarta",
    ),
    (
        "35",
        "Jawa Timur",
        "Bank Jatim",
        (
            "Pacitan, Ponorogo, Trenggalek, Tulungagung, Blitar, Kediri, Malang, Lumajang, Jember, Banyuwangi, "
            "Bondowoso, Situbondo, Probolinggo, Pasuruan, Sidoarjo, Mojokerto, Jombang, Nganjuk, Madiun, Magetan, "
            "Ngawi, Bojonegoro, Tuban, Lamongan, Gresik, Bangkalan, Sampang, Pamekasan, Sumenep, Kota Kediri, "
            "Kota Blitar, Kota Malang, Kota Probolinggo, Kota Pasuruan, Kota Mojokerto, Kota Madiun, Kota Surabaya, "
            "Kota Batu"
        ),
    ),
    (
        "36",
        "Banten",
        "Bank Banten",
        "Pandeglang, Lebak, Tangerang, Serang, Kota Tangerang, Kota Cilegon, Kota Serang, Kota Tangerang Selatan",
    ),
    (
        "51",
        "Bali",
        "Bank BPD Bali",
        "Jembrana, Tabanan, Badung, Gianyar, Klungkung, Bangli, Karangasem, Buleleng, Kota Denpasar",
    ),
    (
        "52",
        "Nusa Tenggara Barat",
        "Bank NTB Syariah",
        (
            "Lombok Barat, Lombok Tengah, Lombok Timur, Sumbawa, Dompu, Bima, Sumbawa Barat, Lombok Utara, "
            "Kota Mataram, Kota Bima"
        ),
    ),
    (
        "53",
        "Nusa Tenggara Timur",
        "Bank NTT",
        (
            "Sumba Barat, Sumba Timur, Kupang, Timor Tengah Selatan, Timor Tengah Utara, Belu, Alor, Lembata, "
            "Flores Timur, Sikka, Ende, Ngada, Manggarai, Rote Ndao, Manggarai Barat, Sumba Tengah, Sumba Barat Daya, "
            "Nagekeo, Manggarai Timur, Sabu Raijua, Malaka, Kota Kupang"
        ),
    ),
    (
        "61",
        "Kalimantan Barat",
        "Bank Kalbar",
        (
            "Sambas, Bengkayang, Landak, Mempawah, Sanggau, Ketapang, Sintang, Kapuas Hulu, Sekadau, Melawi, "
            "Kayong Utara, Kubu Raya, Kota Pontianak, Kota Singkawang"
        ),
    ),
    (
        "62",
        "Kalimantan Tengah",
        "Bank Kalteng",
        (
            "Kotawaringin Barat, Kotawaringin Timur, Kapuas, Barito Selatan, Barito Utara, Sukamara, Lamandau, "
            "Seruyan, Katingan, Pulang Pisau, Gunung Mas, Barito Timur, Murung Raya, Kota Palangka Raya"
        ),
    ),
    (
        "63",
        "Kalimantan Selatan",
        "Bank Kalsel",
        (
            "Tanah Laut, Kotabaru, Banjar, Barito Kuala, Tapin, Hulu Sungai Selatan, Hulu Sungai Tengah, "
            "Hulu Sungai Utara, Tabalong, Tanah Bumbu, Balangan, Kota Banjarmasin, Kota Banjarbaru"
        ),
    ),
    (
        "64",
        "Kalimantan Timur",
        "Bankaltimtara",
        (
            "Paser, Kutai Barat, Kutai Kartanegara, Kutai Timur, Berau, Penajam Paser Utara, Mahakam Ulu, "
            "Kota Balikpapan, Kota Samarinda, Kota Bontang"
        ),
    ),
    ("65", "Kalimantan Utara", "Bankaltimtara", "Malinau, Bulungan, Tana Tidung, Nunukan, Kota Tarakan"),
    (
        "71",
        "Sulawesi Utara",
        "Bank SulutGo",
        (
            "Bolaang Mongondow, Minahasa, Kepulauan Sangihe, Kepulauan Talaud, Minahasa Selatan, Minahasa Utara, "
            "Bolaang Mongondow Utara, Kepulauan Siau Tagulandang Biaro, Minahasa Tenggara, Bolaang Mongondow Selatan, "
            "Bolaang Mongondow Timur, Kota Manado, Kota Bitung, Kota Tomohon, Kota Kotamobagu"
        ),
    ),
    (
        "72",
        "Sulawesi Tengah",
        "Bank Sulteng",
        (
            "Banggai Kepulauan, Banggai, Morowali, Poso, Donggala, Tolitoli, Buol, Parigi Moutong, Tojo Una-Una, "
            "Sigi, Banggai Laut, Morowali Utara, Kota Palu"
        ),
    ),
    (
        "73",
        "Sulawesi Selatan",
        "Bank Sulselbar",
        (
            "Kepulauan Selayar, Bulukumba, Bantaeng, Jeneponto, Takalar, Gowa, Sinjai, Maros, Pangkajene dan Kepulauan, "
            "Barru, Bone, Soppeng, Wajo, Sidenreng Rappang, Pinrang, Enrekang, Luwu, Tana Toraja, Luwu Utara, "
            "Luwu Timur, Toraja Utara, Kota Makassar, Kota Parepare, Kota Palopo"
        ),
    ),
    (
        "74",
        "Sulawesi Tenggara",
        "Bank Sultra",
        (
            "Buton, Muna, Konawe, Kolaka, Konawe Selatan, Bombana, Wakatobi, Kolaka Utara, Buton Utara, Konawe Utara, "
            "Kolaka Timur, Konawe Kepulauan, Muna Barat, Buton Tengah, Buton Selatan, Kota Kendari, Kota Baubau"
        ),
    ),
    (
        "75",
        "Gorontalo",
        "Bank SulutGo",
        "Boalemo, Gorontalo, Pohuwato, Bone Bolango, Gorontalo Utara, Kota Gorontalo",
    ),
    (
        "76",
        "Sulawesi Barat",
        "Bank Sulselbar",
        "Majene, Polewali Mandar, Mamasa, Mamuju, Pasangkayu, Mamuju Tengah",
    ),
    (
        "81",
        "Maluku",
        "Bank Maluku Malut",
        (
            "Maluku Tenggara, Maluku Tengah, Buru, Kepulauan Tanimbar, Seram Bagian Barat, Seram Bagian Timur, "
            "Kepulauan Aru, Maluku Barat Daya, Buru Selatan, Kota Ambon, Kota Tual"
        ),
    ),
    (
        "82",
        "Maluku Utara",
        "Bank Maluku Malut",
        (
            "Halmahera Barat, Halmahera Tengah, Kepulauan Sula, Halmahera Selatan, Halmahera Utara, Halmahera Timur, "
            "Pulau Morotai, Pulau Taliabu, Kota Ternate, Kota Tidore Kepulauan"
        ),
    ),
    (
        "91",
        "Papua",
        "Bank Papua",
        "Jayapura, Kepulauan Yapen, Biak Numfor, Sarmi, Keerom, Waropen, Supiori, Mamberamo Raya, Kota Jayapura",
    ),
    (
        "92",
        "Papua Barat",
        "Bank Papua",
        "Manokwari, Fakfak, Kaimana, Teluk Wondama, Teluk Bintuni, Manokwari Selatan, Pegunungan Arfak",
    ),
    ("93", "Papua Selatan", "Bank Papua", "Merauke, Boven Digoel, Mappi, Asmat"),
    (
        "94",
        "Papua Tengah",
        "Bank Papua",
        "Nabire, Puncak Jaya, Paniai, Mimika, Puncak, Dogiyai, Intan Jaya, Deiyai",
    ),
    (
        "95",
        "Papua Pegunungan",
        "Bank Papua",
        "Jayawijaya, Pegunungan Bintang, Yahukimo, Tolikara, Mamberamo Tengah, Yalimo, Lanny Jaya, Nduga",
    ),
    (
        "96",
        "Papua Barat Daya",
        "Bank Papua",
        "Sorong, Sorong Selatan, Raja Ampat, Tambrauw, Maybrat, Kota Sorong",
    ),
)

# Suffixes of proposed new regencies (daerah otonom baru), used only beyond the real list.
NEW_REGION_SUFFIXES = ("Utara", "Selatan", "Barat", "Timur", "Tengah", "Raya", "Hulu", "Hilir")

# Agencies every region has: code, name for a kabupaten, name for a kota (None: same).
AGENCIES: tuple[tuple[str, str, str | None], ...] = (
    ("DISKOMINFO", "Dinas Komunikasi dan Informatika", None),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", None),
    ("SETDA", "Sekretariat Daerah", None),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", None),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", None),
    ("BAPENDA", "Badan Pendapatan Daerah", None),
    ("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", None),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", None),
    ("DISPAR", "Dinas Kebudayaan dan Pariwisata", None),
    ("DISKOPUKM", "Dinas Koperasi dan Usaha Mikro", None),
    ("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", None),
    ("DISTAN", "Dinas Pertanian dan Ketahanan Pangan", "Dinas Ketahanan Pangan dan Pertanian"),
    ("DINKES", "Dinas Kesehatan", None),
    ("RSUD", "Rumah Sakit Umum Daerah", None),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", None),
    ("DISHUB", "Dinas Perhubungan", None),
    ("DISDIK", "Dinas Pendidikan", None),
    ("DINSOS", "Dinas Sosial", None),
    ("DLH", "Dinas Lingkungan Hidup", None),
    ("BPBD", "Badan Penanggulangan Bencana Daerah", None),
    ("SATPOLPP", "Satuan Polisi Pamong Praja", None),
)
# Agencies some regions have; they appear only as supporting agencies.
OPTIONAL_AGENCIES: tuple[tuple[str, str, str | None], ...] = (
    ("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pemberdayaan Masyarakat dan Kelurahan"),
    ("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", None),
    ("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", None),
    ("DISKAN", "Dinas Perikanan", None),
    ("DISPORA", "Dinas Pemuda dan Olahraga", None),
)

MEN = (
    "Ahmad",
    "Budi",
    "Hendra",
    "Rudy",
    "Agus",
    "Bambang",
    "Dedi",
    "Eko",
    "Fajar",
    "Gunawan",
    "Hasan",
    "Irwan",
    "Joko",
    "Kurniawan",
    "Muhammad",
    "Nur",
    "Rizal",
    "Slamet",
    "Taufik",
    "Wahyu",
    "Yusuf",
    "Zainal",
    "Arif",
    "Dimas",
    "Hadi",
    "Iqbal",
    "Made",
    "Nyoman",
    "Yohanes",
    "Markus",
    "Abdul",
    "Syahrul",
)
WOMEN = (
    "Siti",
    "Dewi",
    "Sri",
    "Rina",
    "Yuliana",
    "Fitri",
    "Ratna",
    "Wulan",
    "Indah",
    "Lestari",
    "Maria",
    "Nurul",
    "Putri",
    "Rahmawati",
    "Kartika",
    "Ayu",
    "Lina",
    "Mega",
    "Novita",
    "Desak",
)
SURNAMES = (
    "Saputra",
    "Hidayat",
    "Wijaya",
    "Santoso",
    "Pratama",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Rahman",
    "Setiawan",
    "Kusuma",
    "Hutapea",
    "Simanjuntak",
    "Sitompul",
    "Pangaribuan",
    "Tanjung",
    "Lumbantobing",
    "Manurung",
    "Rangkuti",
    "Permana",
    "Nugroho",
    "Susanto",
    "Wibowo",
    "Hakim",
    "Fauzi",
    "Syahputra",
    "Ramadhan",
    "Daeng Malewa",
    "Lamba",
    "Wenda",
    "Rumbiak",
    "Tuhumury",
    "Pattiasina",
    "Mandagi",
    "Sondakh",
    "Purba",
    "Ginting",
    "Sembiring",
    "Effendi",
)
DEGREES = (
    "S.E., M.M.",
    "S.Kom., M.T.",
    "S.H., M.H.",
    "S.Sos., M.AP.",
    "S.T., M.Eng.",
    "M.Si.",
    "S.Pd., M.Pd.",
    "S.STP., M.Si.",
    "S.Kom., M.Kom.",
    "S.E., M.Ak.",
    "S.Hut., M.Si.",
    "S.K.M., M.Kes.",
)

MISSIONS = (
    "Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani melalui Sistem Pemerintahan Berbasis Elektronik.",
    "Meningkatkan daya saing ekonomi daerah berbasis potensi unggulan, UMKM dan ekonomi digital.",
    "Meningkatkan kualitas hidup masyarakat melalui layanan kesehatan, pendidikan dan infrastruktur yang merata.",
    "Membangun masyarakat yang cakap digital, aman, berbudaya dan berakhlak mulia.",
    "Menjaga kelestarian lingkungan hidup dan mengelola sumber daya alam secara berkelanjutan.",
    "Memperkuat identitas dan citra daerah sebagai tujuan wisata dan investasi yang ramah.",
)
# Mission index (0-based, in MISSIONS) supported by each pillar's goal.
GOAL_MISSIONS = {
    "governance": (0,),
    "branding": (1, 5),
    "economy": (1,),
    "living": (2,),
    "society": (3,),
    "environment": (4,),
}
GOALS = {
    "governance": "Layanan pemerintahan dan pelayanan publik prioritas dapat diakses secara daring, terintegrasi dan didukung data yang akurat.",
    "branding": "{full} dikenal sebagai tujuan wisata dan investasi yang ramah, dengan wajah kota yang tertata dan informatif.",
    "economy": "Ekonomi daerah tumbuh inklusif melalui UMKM yang naik kelas secara digital, industri bernilai tambah dan transaksi non-tunai.",
    "living": "Masyarakat menikmati layanan kesehatan yang mudah dijangkau, ruang yang tertata dan mobilitas yang aman.",
    "society": "Masyarakat terhubung internet, cakap digital, gemar belajar dan merasa aman di lingkungannya.",
    "environment": "Lingkungan hidup terpantau dan terjaga, sampah tertangani dari hulu ke hilir, dan energi dimanfaatkan secara efisien.",
}
PILLAR_SUMMARIES = {
    "governance": "Smart Governance diarahkan untuk membangun pemerintahan {full} yang melayani secara digital, efisien dan terbuka: layanan publik daring terintegrasi, fondasi SPBE yang andal, ASN yang cakap digital dan kebijakan berbasis data.",
    "branding": "Smart Branding memperkuat citra {full} sebagai tujuan wisata, investasi dan tempat tinggal yang menarik melalui promosi digital, kemudahan berusaha dan penataan wajah kota.",
    "economy": "Smart Economy mendorong pertumbuhan ekonomi {full} yang inklusif: komoditas unggulan bernilai tambah, UMKM dan koperasi yang naik kelas secara digital, serta transaksi keuangan non-tunai yang meluas.",
    "living": "Smart Living meningkatkan kualitas hidup warga {full}: layanan kesehatan yang terhubung, tata ruang yang terkendali dan mobilitas yang aman dan terinformasi.",
    "society": "Smart Society membangun masyarakat {full} yang terhubung, cakap digital dan aman, dengan ekosistem belajar yang terbuka dan komunitas yang aktif berpartisipasi.",
    "environment": "Smart Environment menjaga lingkungan hidup {full} melalui pemantauan kualitas lingkungan, pengelolaan sampah dari hulu ke hilir dan pemanfaatan energi yang efisien dan terbarukan.",
}

# Readiness aspects: component, aspect, evidence when weak, evidence when strong.
READINESS = (
    (
        "structure",
        "SDM TIK perangkat daerah",
        "Sebagian besar OPD belum memiliki pengelola TIK khusus; pranata komputer terpusat di Diskominfo.",
        "Setiap OPD memiliki pengelola TIK dan Diskominfo memiliki pranata komputer bersertifikat.",
    ),
    (
        "structure",
        "Kapasitas anggaran TIK",
        "Belanja TIK kurang dari 1% belanja daerah dan tersebar tanpa kodefikasi belanja SPBE yang seragam.",
        "Belanja TIK terkoordinasi melalui Diskominfo dengan kodefikasi belanja SPBE.",
    ),
    (
        "structure",
        "Kelembagaan dan tata kelola TIK",
        "Tim Koordinasi SPBE telah dibentuk tetapi forum arsitektur SPBE belum rutin bersidang.",
        "Tim Koordinasi SPBE aktif dan arsitektur SPBE daerah telah ditetapkan.",
    ),
    (
        "infrastructure",
        "Jaringan telekomunikasi dan akses internet",
        "Sejumlah desa masih mengalami blank spot atau hanya terlayani sinyal 2G.",
        "Jaringan 4G menjangkau hampir seluruh wilayah permukiman.",
    ),
    (
        "infrastructure",
        "Pusat data dan jaringan intra pemerintah",
        "Ruang server berkapasitas terbatas tanpa catu daya redundan; baru sebagian kantor terhubung jaringan intra.",
        "Pusat data daerah memiliki catu daya redundan dan seluruh kantor OPD terhubung jaringan intra.",
    ),
    (
        "infrastructure",
        "Aplikasi layanan dan interoperabilitas",
        "Aplikasi OPD berdiri sendiri dan belum ada layanan pertukaran data antaraplikasi.",
        "Aplikasi utama telah terhubung melalui layanan pertukaran data daerah.",
    ),
    (
        "suprastructure",
        "Komitmen kepala daerah",
        "Komitmen kepala daerah dinyatakan tertulis tetapi belum tercermin dalam prioritas anggaran.",
        "Kepala daerah hadir dan memaparkan langsung visi smart city pada asesmen.",
    ),
    (
        "suprastructure",
        "Keselarasan dengan RPJMD",
        "Indikator digitalisasi belum tercantum eksplisit dalam Renstra OPD.",
        "Misi RPJMD memuat transformasi digital dan indikatornya tercantum dalam Renstra OPD.",
    ),
    (
        "suprastructure",
        "Regulasi SPBE, keamanan informasi dan Satu Data",
        "Peraturan tentang Satu Data dan manajemen keamanan informasi masih dalam tahap rancangan.",
        "Peraturan kepala daerah tentang SPBE, Satu Data dan keamanan informasi telah ditetapkan.",
    ),
    (
        "suprastructure",
        "Budaya partisipasi dan kolaborasi",
        "Kolaborasi dengan dunia usaha dan komunitas belum terlembaga dalam skema kemitraan formal.",
        "Forum kemitraan pentahelix rutin bertemu dan mendanai program bersama.",
    ),
)

SWOT = {
    "strengths": (
        "Komitmen kepala daerah yang kuat terhadap transformasi digital.",
        "Diskominfo yang membawahkan urusan informatika, statistik dan persandian.",
        "Potensi sumber daya alam dan komoditas unggulan yang besar.",
        "Budaya gotong royong masyarakat yang kuat.",
        "Letak strategis pada jalur perdagangan antarwilayah.",
        "Mal Pelayanan Publik yang telah beroperasi.",
    ),
    "weaknesses": (
        "Kesenjangan akses internet antara kawasan perkotaan dan perdesaan.",
        "Jumlah dan kompetensi SDM TIK perangkat daerah masih terbatas.",
        "Aplikasi OPD berdiri sendiri dan data sektoral belum terstandar.",
        "Ruang fiskal daerah yang terbatas untuk belanja TIK.",
        "Ketergantungan ekonomi pada komoditas mentah.",
    ),
    "opportunities": (
        "Program nasional percepatan transformasi digital (BAKTI, Satu Data Indonesia, QRIS).",
        "Dana CSR perusahaan yang dapat diarahkan melalui forum kemitraan daerah.",
        "Minat wisatawan terhadap wisata alam dan budaya daerah.",
        "Kerja sama dengan perguruan tinggi untuk riset dan pendampingan.",
        "Bonus demografi dengan banyaknya penduduk usia muda.",
    ),
    "threats": (
        "Ancaman keamanan siber terhadap sistem elektronik pemerintah daerah.",
        "Bencana alam dan perubahan iklim yang mengganggu layanan dan ekonomi.",
        "Fluktuasi harga komoditas yang menekan pendapatan masyarakat.",
        "Penyesuaian transfer ke daerah yang menekan ruang fiskal.",
        "Penyebaran hoaks dan rendahnya literasi digital sebagian masyarakat.",
    ),
}
STRATEGIC_ISSUES = (
    "Layanan publik dan data sektoral yang belum terintegrasi sehingga menghambat perencanaan berbasis bukti.",
    "Kesenjangan digital antara kawasan perkotaan dan perdesaan.",
    "Rendahnya nilai tambah komoditas unggulan daerah.",
    "Kualitas layanan kesehatan dasar yang belum merata.",
    "Pengelolaan sampah yang belum tuntas dari hulu ke hilir.",
    "Kerentanan bencana yang memerlukan sistem peringatan dini.",
    "Literasi digital dan keamanan informasi masyarakat yang masih rendah.",
)
LEGAL_BASIS = (
    "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023",
    "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
    "Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan",
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
    "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia",
)

PARTNERS = (
    ("PT Telkom Indonesia (Persero) Tbk", "swasta"),
    ("{bank}", "swasta"),
    ("Bank Indonesia Perwakilan Provinsi {province}", "pemerintah"),
    ("Kamar Dagang dan Industri {full}", "swasta"),
    ("Relawan TIK {full}", "komunitas"),
    ("Perguruan tinggi negeri di Provinsi {province}", "akademisi"),
    ("Forum Komunikasi Kelompok Informasi Masyarakat {full}", "komunitas"),
    ("Radio dan media daring lokal", "media"),
    ("Badan Aksesibilitas Telekomunikasi dan Informasi (BAKTI)", "pemerintah"),
    ("Forum CSR {full}", "swasta"),
)

# Per category: yearly outputs (growing), risks (description, likelihood, impact, mitigation).
OUTPUTS = {
    "suprastructure": (
        "Kajian dan naskah akademik disusun",
        "Regulasi ditetapkan dan disosialisasikan ke {k} OPD",
        "Petunjuk teknis diterapkan di {k} OPD",
        "Evaluasi pelaksanaan di {k} OPD",
        "Penyempurnaan regulasi berdasarkan hasil evaluasi",
    ),
    "infrastructure": (
        "DED dan pengadaan tahap I di {k} lokasi",
        "Pembangunan tahap II di {k} lokasi",
        "Perluasan ke {k} lokasi",
        "Integrasi dan pemeliharaan di {k} lokasi",
        "Seluruh {k} lokasi beroperasi penuh",
    ),
    "application": (
        "Analisis kebutuhan dan pengembangan modul inti",
        "Aplikasi beroperasi di {k} OPD",
        "Integrasi dengan {k} aplikasi lain melalui layanan pertukaran data",
        "Pengembangan fitur lanjutan untuk {k} layanan",
        "Evaluasi kepuasan pengguna dan penyempurnaan",
    ),
    "human-resources": (
        "Pelatihan {k} peserta angkatan pertama",
        "Pelatihan {k} peserta dan pendampingan",
        "Sertifikasi {k} peserta",
        "Pembentukan {k} kader dan komunitas praktik",
        "Evaluasi dampak pelatihan terhadap {k} peserta",
    ),
}
RISKS = {
    "suprastructure": (
        (
            "Pembahasan regulasi tertunda karena agenda legislasi yang padat.",
            "sedang",
            "sedang",
            "Rancangan dimasukkan dalam program pembentukan peraturan daerah sejak awal tahun.",
        ),
        (
            "OPD belum menjalankan regulasi secara konsisten.",
            "sedang",
            "tinggi",
            "Kepatuhan dipantau dalam evaluasi kinerja OPD dan dilaporkan ke Dewan Smart City.",
        ),
    ),
    "infrastructure": (
        (
            "Pengadaan terlambat sehingga pembangunan bergeser ke tahun berikutnya.",
            "sedang",
            "sedang",
            "Perencanaan pengadaan dimulai pada triwulan pertama dan dipantau bulanan.",
        ),
        (
            "Biaya pemeliharaan tidak dianggarkan setelah pembangunan selesai.",
            "tinggi",
            "tinggi",
            "Biaya operasional dan pemeliharaan dicantumkan dalam Renja OPD sejak tahun pertama.",
        ),
        (
            "Gangguan cuaca dan akses lokasi menghambat pekerjaan fisik.",
            "sedang",
            "rendah",
            "Jadwal pekerjaan menyesuaikan musim dan lokasi sulit dikerjakan lebih awal.",
        ),
    ),
    "application": (
        (
            "Aplikasi tidak digunakan karena proses bisnis OPD tidak berubah.",
            "sedang",
            "tinggi",
            "Penyederhanaan proses bisnis ditetapkan sebelum pengembangan dan pengguna dilibatkan sejak awal.",
        ),
        (
            "Kebocoran data pribadi akibat celah keamanan aplikasi.",
            "rendah",
            "tinggi",
            "Uji keamanan sebelum rilis, enkripsi data dan pemantauan oleh tim tanggap insiden siber.",
        ),
        (
            "Integrasi dengan aplikasi nasional terhambat perubahan spesifikasi.",
            "sedang",
            "sedang",
            "Koordinasi rutin dengan kementerian pengampu dan penggunaan layanan pertukaran data standar.",
        ),
    ),
    "human-resources": (
        (
            "Peserta pelatihan dimutasi sehingga kompetensi hilang dari unit kerja.",
            "tinggi",
            "sedang",
            "Pola karier pengelola TIK dan kewajiban berbagi pengetahuan setelah pelatihan.",
        ),
        (
            "Minat masyarakat mengikuti kegiatan rendah.",
            "sedang",
            "sedang",
            "Kegiatan dilaksanakan bersama komunitas dan tokoh masyarakat di lokasi yang mudah dijangkau.",
        ),
    ),
}

# Element strategy phrases: problems, potential, goals, strategy (two of each drawn per region).
STRATEGY = {
    "public-service": (
        (
            "Layanan daring tersebar di banyak aplikasi tanpa satu pintu masuk.",
            "Warga di kecamatan jauh harus menempuh perjalanan panjang untuk mengurus dokumen.",
            "Standar pelayanan belum dipantau secara elektronik.",
        ),
        (
            "Mal Pelayanan Publik telah beroperasi.",
            "Identitas Kependudukan Digital dan OSS tersedia secara nasional.",
            "Kantor kecamatan telah memiliki akses internet.",
        ),
        (
            "Meningkatnya persentase layanan publik yang dapat diajukan secara daring.",
            "Terjangkaunya layanan administrasi hingga kecamatan dan desa.",
        ),
        (
            "Membangun portal layanan terpadu sebagai satu pintu masuk.",
            "Mendekatkan layanan melalui anjungan mandiri dan layanan jemput bola.",
        ),
    ),
    "bureaucracy": (
        (
            "Pusat data belum andal dan belum semua kantor terhubung jaringan intra.",
            "Kompetensi digital ASN belum merata.",
            "Naskah dinas masih banyak dikelola manual.",
        ),
        (
            "Aplikasi umum nasional (SRIKANDI, SIPD) siap dimanfaatkan.",
            "Kerja sama pengembangan kompetensi dengan perguruan tinggi.",
        ),
        (
            "Tersedianya pusat data dan jaringan intra yang andal.",
            "Meningkatnya ASN yang tersertifikasi kompetensi digital.",
        ),
        (
            "Memperkuat pusat data dan jaringan intra secara bertahap.",
            "Menerapkan naskah dinas dan tanda tangan elektronik.",
        ),
    ),
    "public-policy": (
        (
            "Data sektoral antar-OPD belum terstandar.",
            "Pengaduan warga masuk melalui banyak saluran tanpa tindak lanjut terpantau.",
        ),
        ("Diskominfo dapat berperan sebagai walidata daerah.", "SP4N-LAPOR telah digunakan."),
        (
            "Tersedianya kebijakan dan portal Satu Data daerah.",
            "Meningkatnya pengaduan yang ditindaklanjuti tepat waktu.",
        ),
        (
            "Menetapkan peraturan kepala daerah tentang Satu Data.",
            "Membangun kanal aspirasi terpadu dengan dasbor tindak lanjut.",
        ),
    ),
    "tourism": (
        (
            "Informasi destinasi wisata tersebar dan belum mutakhir.",
            "Promosi wisata belum terukur dampaknya.",
        ),
        ("Keindahan alam dan kekayaan budaya daerah.", "Agenda festival budaya tahunan yang dikenal luas."),
        (
            "Meningkatnya kunjungan wisatawan dan lama tinggal.",
            "Tersedianya informasi wisata terpadu secara daring.",
        ),
        (
            "Membangun portal dan aplikasi wisata terpadu.",
            "Mengembangkan desa wisata digital bersama komunitas.",
        ),
    ),
    "business": (
        (
            "Perizinan berusaha dan informasi peluang investasi belum mudah diakses.",
            "Produk unggulan daerah belum memiliki merek bersama.",
        ),
        ("OSS berbasis risiko telah diterapkan.", "Komoditas dan produk khas daerah yang diminati pasar."),
        ("Meningkatnya realisasi investasi.", "Dikenalnya merek produk unggulan daerah."),
        ("Menyediakan peta peluang investasi daring.", "Membangun merek bersama produk unggulan daerah."),
    ),
    "city-appearance": (
        ("Ruang publik dan penerangan jalan belum tertata.", "Papan informasi publik belum informatif."),
        (
            "Ruang terbuka hijau dan taman kota yang dapat dikembangkan.",
            "Partisipasi komunitas dalam penataan kota.",
        ),
        (
            "Tertatanya wajah kota yang ramah dan informatif.",
            "Meningkatnya ruang publik yang dilengkapi akses internet.",
        ),
        (
            "Menata koridor utama dan ruang publik.",
            "Memasang penerangan jalan cerdas dan papan informasi digital.",
        ),
    ),
    "industry": (
        (
            "Komoditas unggulan sebagian besar dijual dalam bentuk mentah.",
            "Data produksi dan pelaku industri belum lengkap.",
        ),
        ("Sentra industri kecil dan menengah yang tumbuh.", "Dukungan kemitraan dengan perusahaan besar."),
        ("Meningkatnya nilai tambah komoditas unggulan.", "Tersedianya data industri yang mutakhir."),
        ("Membangun sistem informasi industri dan komoditas.", "Mengembangkan sentra pengolahan hasil."),
    ),
    "welfare": (
        ("Banyak UMKM belum mampu berjualan secara daring.", "Data penerima bantuan sosial belum mutakhir."),
        ("Ribuan UMKM terdata dengan produk khas.", "Dana Desa dan CSR untuk pemberdayaan ekonomi."),
        ("Meningkatnya UMKM yang memasarkan produk secara digital.", "Tepat sasarannya bantuan sosial."),
        (
            "Menyelenggarakan klinik UMKM naik kelas digital.",
            "Memutakhirkan data terpadu kesejahteraan sosial.",
        ),
    ),
    "transactions": (
        (
            "Pembayaran pajak dan retribusi masih didominasi uang tunai.",
            "Pedagang pasar belum menerima pembayaran non-tunai.",
        ),
        (
            "Tim Percepatan dan Perluasan Digitalisasi Daerah (TP2DD) telah dibentuk.",
            "Dukungan Bank Indonesia dan bank daerah.",
        ),
        (
            "Meningkatnya pembayaran kepada pemerintah daerah secara elektronik.",
            "Meluasnya penggunaan QRIS di pasar rakyat.",
        ),
        ("Menerapkan pajak dan retribusi elektronik.", "Memodernisasi pasar rakyat bersama perbankan."),
    ),
    "harmony": (
        (
            "Pemanfaatan ruang belum terpantau secara elektronik.",
            "Proses persetujuan bangunan gedung masih lama.",
        ),
        ("Rencana Detail Tata Ruang sedang disusun.", "SIMBG tersedia secara nasional."),
        ("Terkendalinya pemanfaatan ruang.", "Cepatnya persetujuan bangunan gedung."),
        (
            "Membangun sistem informasi tata ruang daring.",
            "Menerapkan persetujuan bangunan gedung elektronik.",
        ),
    ),
    "health": (
        ("Rekam medis puskesmas belum terintegrasi.", "Antrean layanan rumah sakit masih panjang."),
        ("Jaringan puskesmas hingga kecamatan.", "Program transformasi kesehatan nasional (SATUSEHAT)."),
        ("Terintegrasinya rekam medis elektronik.", "Menurunnya waktu tunggu layanan kesehatan."),
        (
            "Menerapkan rekam medis elektronik terintegrasi.",
            "Mengembangkan telekonsultasi dan antrean daring.",
        ),
    ),
    "mobility": (
        (
            "Informasi lalu lintas dan angkutan umum belum tersedia waktu nyata.",
            "Kemacetan di simpang utama pada jam sibuk.",
        ),
        ("Dukungan program angkutan umum nasional.", "Jaringan jalan yang terus berkembang."),
        ("Meningkatnya penggunaan angkutan umum.", "Lancarnya lalu lintas di simpang utama."),
        ("Memasang lampu lalu lintas adaptif.", "Menyediakan informasi angkutan umum waktu nyata."),
    ),
    "community": (
        (
            "Partisipasi warga dalam pembangunan belum terwadahi secara digital.",
            "Komunitas digital belum terhubung dengan program pemerintah.",
        ),
        ("Kelompok Informasi Masyarakat yang aktif.", "Komunitas kreatif dan relawan TIK."),
        ("Meningkatnya partisipasi warga secara daring.", "Aktifnya komunitas digital dalam program daerah."),
        ("Membina Kelompok Informasi Masyarakat.", "Memfasilitasi ruang kreatif bagi komunitas."),
    ),
    "learning": (
        ("Akses internet sekolah belum merata.", "Literasi digital guru dan siswa masih rendah."),
        ("Program digitalisasi sekolah nasional.", "Perpustakaan daerah yang dapat dikembangkan."),
        ("Meningkatnya sekolah yang terhubung internet.", "Meningkatnya literasi digital masyarakat."),
        (
            "Menyediakan akses internet dan perangkat belajar di sekolah.",
            "Mengembangkan perpustakaan digital.",
        ),
    ),
    "security": (
        (
            "Kejadian kriminalitas dan bencana belum terpantau terpadu.",
            "Layanan darurat tersebar di banyak nomor.",
        ),
        ("Layanan darurat 112 nasional.", "CCTV milik beberapa OPD yang dapat diintegrasikan."),
        ("Cepatnya tanggapan atas kejadian darurat.", "Terpantaunya titik rawan melalui CCTV."),
        ("Mengintegrasikan CCTV ke pusat kendali.", "Mengoperasikan layanan darurat 112."),
    ),
    "protection": (
        ("Kualitas udara dan air belum terpantau waktu nyata.", "Kerusakan lingkungan terlambat diketahui."),
        ("Dukungan program pemantauan lingkungan nasional.", "Kesadaran lingkungan komunitas yang tumbuh."),
        ("Terpantaunya kualitas udara dan air.", "Cepatnya penanganan pengaduan lingkungan."),
        ("Memasang stasiun pemantau kualitas lingkungan.", "Membangun kanal pengaduan lingkungan daring."),
    ),
    "waste": (
        ("Sampah belum terpilah dari sumbernya.", "Tempat pemrosesan akhir mendekati batas kapasitas."),
        ("Bank sampah yang aktif di banyak kelurahan dan desa.", "Dukungan CSR untuk daur ulang."),
        ("Meningkatnya sampah yang didaur ulang.", "Berkurangnya sampah yang dibuang ke TPA."),
        ("Mengembangkan bank sampah digital.", "Memantau armada pengangkut sampah secara elektronik."),
    ),
    "energy": (
        ("Penerangan jalan umum boros energi.", "Pemanfaatan energi terbarukan masih rendah."),
        ("Potensi energi surya yang besar.", "Program konversi lampu hemat energi."),
        ("Berkurangnya konsumsi listrik penerangan jalan.", "Meningkatnya bauran energi terbarukan."),
        ("Mengganti penerangan jalan dengan lampu cerdas.", "Memasang panel surya pada gedung publik."),
    ),
}

# SNI ISO 37122 themes an element's indicators are drawn from.
ELEMENT_THEMES = {
    "public-service": ("governance",),
    "bureaucracy": ("governance", "finance"),
    "public-policy": ("governance", "urban-planning"),
    "tourism": ("recreation", "sport-culture"),
    "business": ("economy",),
    "city-appearance": ("urban-planning", "energy"),
    "industry": ("economy",),
    "welfare": ("economy", "population", "food-security"),
    "transactions": ("finance",),
    "harmony": ("urban-planning", "housing"),
    "health": ("health",),
    "mobility": ("transportation",),
    "community": ("population", "sport-culture"),
    "learning": ("education", "telecommunication"),
    "security": ("safety", "telecommunication"),
    "protection": ("environment", "water"),
    "waste": ("solid-waste", "wastewater"),
    "energy": ("energy",),
}
# SNI indicators where lower is better.
SNI_DOWN = frozenset({"7.8", "10.3", "10.4", "18.2", "21.3"})

# Programme templates per element: name, category, lead, supporting agencies, what it does,
# problem, goal, own output indicator (name, unit).
T = tuple[str, str, str, tuple[str, ...], str, str, str, tuple[str, str]]
PROGRAMMES: dict[str, tuple[T, ...]] = {
    "public-service": (
        (
            "Portal Layanan Publik Terpadu {short}",
            "application",
            "DISKOMINFO",
            ("DPMPTSP", "DISDUKCAPIL"),
            "Membangun portal dan aplikasi seluler sebagai satu pintu masuk seluruh layanan publik daring, terhubung dengan OSS dan SIAK melalui layanan pertukaran data.",
            "Layanan daring tersebar di banyak aplikasi sehingga warga sulit menemukannya.",
            "Warga mengakses seluruh layanan publik dari satu pintu masuk.",
            ("Layanan yang tersedia di portal", "layanan"),
        ),
        (
            "Layanan Administrasi Kependudukan Digital hingga Desa",
            "application",
            "DISDUKCAPIL",
            ("DISKOMINFO", "DPMD"),
            "Menerapkan layanan adminduk daring dengan tanda tangan elektronik dan anjungan mandiri di kantor kecamatan.",
            "Warga di wilayah jauh harus datang ke kantor dinas untuk mengurus dokumen kependudukan.",
            "Dokumen kependudukan dapat diurus dari kecamatan dan desa.",
            ("Dokumen kependudukan terbit secara daring", "dokumen"),
        ),
        (
            "Mal Pelayanan Publik Digital",
            "infrastructure",
            "DPMPTSP",
            ("DISKOMINFO", "SETDA"),
            "Melengkapi Mal Pelayanan Publik dengan antrean daring, survei kepuasan elektronik dan layanan lintas instansi.",
            "Antrean layanan tatap muka panjang dan kepuasan belum terukur.",
            "Layanan lintas instansi cepat dan terukur kepuasannya.",
            ("Instansi yang bergabung di Mal Pelayanan Publik", "instansi"),
        ),
        (
            "Perizinan Berusaha Daring Terintegrasi OSS",
            "application",
            "DPMPTSP",
            ("DISKOMINFO", "DPUPR"),
            "Mengintegrasikan perizinan daerah dengan OSS berbasis risiko dan menyediakan pelacakan status permohonan.",
            "Pelaku usaha harus mengurus izin di beberapa tempat.",
            "Perizinan berusaha selesai tepat waktu dan terpantau.",
            ("Perizinan yang diproses secara daring", "izin"),
        ),
    ),
    "bureaucracy": (
        (
            "Penguatan Pusat Data Daerah dan Jaringan Intra Pemerintah",
            "infrastructure",
            "DISKOMINFO",
            ("BPKAD", "SETDA"),
            "Memperkuat pusat data dengan catu daya redundan dan cadangan, serta memperluas jaringan intra pemerintah ke seluruh kantor OPD dan kecamatan.",
            "Pusat data belum andal dan baru sebagian kantor terhubung jaringan intra.",
            "Seluruh OPD dan kecamatan terlayani pusat data dan jaringan intra yang andal.",
            ("Kantor terhubung jaringan intra pemerintah", "kantor"),
        ),
        (
            "Akademi Digital ASN {short}",
            "human-resources",
            "BKPSDM",
            ("DISKOMINFO",),
            "Menyelenggarakan pelatihan dan sertifikasi kompetensi digital berjenjang bagi ASN bersama perguruan tinggi.",
            "Kompetensi digital ASN belum merata.",
            "ASN cakap digital di setiap OPD.",
            ("ASN tersertifikasi kompetensi digital", "orang"),
        ),
        (
            "Naskah Dinas Elektronik dan Tanda Tangan Elektronik",
            "application",
            "SETDA",
            ("DISKOMINFO", "BKPSDM"),
            "Menerapkan SRIKANDI dan tanda tangan elektronik tersertifikasi di seluruh perangkat daerah.",
            "Naskah dinas masih dikelola manual dan lambat.",
            "Birokrasi tanpa kertas yang cepat dan tertelusur.",
            ("OPD yang menerapkan naskah dinas elektronik", "OPD"),
        ),
        (
            "Perencanaan dan Penganggaran Terintegrasi",
            "application",
            "BAPPEDA",
            ("BPKAD", "DISKOMINFO"),
            "Mengintegrasikan perencanaan, penganggaran dan pelaporan kinerja dengan SIPD dan aplikasi kinerja.",
            "Perencanaan dan penganggaran belum terhubung dengan kinerja.",
            "Anggaran selaras dengan kinerja yang terukur.",
            ("OPD yang melaporkan kinerja secara elektronik", "OPD"),
        ),
    ),
    "public-policy": (
        (
            "Kebijakan dan Portal Satu Data {short}",
            "suprastructure",
            "DISKOMINFO",
            ("BAPPEDA",),
            "Menetapkan kebijakan Satu Data, menunjuk walidata dan produsen data, serta membangun portal data terbuka.",
            "Data sektoral antar-OPD belum terstandar.",
            "Perencanaan berbasis data yang akurat dan dapat dibagipakaikan.",
            ("Dataset terbuka yang diterbitkan", "dataset"),
        ),
        (
            "Kanal Aspirasi dan Pengaduan Warga Terpadu",
            "application",
            "DISKOMINFO",
            ("SETDA",),
            "Mengintegrasikan SP4N-LAPOR, media sosial dan layanan pesan singkat dalam satu kanal aspirasi dengan dasbor tindak lanjut terbuka.",
            "Pengaduan masuk melalui banyak saluran tanpa tindak lanjut terpantau.",
            "Pengaduan ditindaklanjuti tepat waktu dan terbuka.",
            ("Pengaduan yang ditindaklanjuti tepat waktu", "persen"),
        ),
        (
            "Regulasi dan Kelembagaan Smart City",
            "suprastructure",
            "BAPPEDA",
            ("SETDA", "DISKOMINFO"),
            "Menetapkan peraturan kepala daerah tentang masterplan smart city, Dewan Smart City dan Tim Pelaksana, serta arsitektur SPBE.",
            "Program smart city belum memiliki landasan regulasi yang kuat.",
            "Pelaksanaan masterplan berlandaskan regulasi dan kelembagaan yang jelas.",
            ("Regulasi smart city yang ditetapkan", "regulasi"),
        ),
        (
            "e-Musrenbang dan Perencanaan Partisipatif",
            "application",
            "BAPPEDA",
            ("DISKOMINFO", "DPMD"),
            "Menyelenggarakan musyawarah perencanaan pembangunan secara daring dari desa hingga kabupaten/kota.",
            "Usulan warga sulit dilacak hingga penganggaran.",
            "Usulan warga tertelusur dari musrenbang hingga APBD.",
            ("Usulan musrenbang yang diinput daring", "usulan"),
        ),
    ),
    "tourism": (
        (
            "Portal dan Aplikasi Wisata {short}",
            "application",
            "DISPAR",
            ("DISKOMINFO",),
            "Membangun portal wisata terpadu berisi destinasi, agenda, akomodasi dan pemesanan tiket daring.",
            "Informasi destinasi tersebar dan belum mutakhir.",
            "Wisatawan merencanakan kunjungan dari satu portal.",
            ("Kunjungan ke portal wisata", "kunjungan"),
        ),
        (
            "Desa Wisata Digital",
            "human-resources",
            "DISPAR",
            ("DISKOMINFO", "DPMD"),
            "Mendampingi kelompok sadar wisata dalam pemasaran digital, pemesanan daring dan pembayaran non-tunai.",
            "Desa wisata belum dipasarkan secara digital.",
            "Desa wisata menerima pemesanan daring.",
            ("Desa wisata yang menerima pemesanan daring", "desa"),
        ),
        (
            "Kalender Festival Budaya Daring",
            "application",
            "DISPAR",
            ("DISKOMINFO", "DISPORA"),
            "Menyajikan agenda festival budaya dan penjualan tiket secara daring, termasuk siaran langsung.",
            "Promosi festival budaya belum menjangkau wisatawan luar daerah.",
            "Festival budaya dikenal luas dan terukur dampaknya.",
            ("Tiket festival terjual daring", "tiket"),
        ),
        (
            "Wi-Fi dan Papan Informasi di Destinasi Wisata",
            "infrastructure",
            "DISKOMINFO",
            ("DISPAR",),
            "Memasang akses internet publik dan papan informasi digital di destinasi wisata utama.",
            "Destinasi wisata belum terhubung internet.",
            "Wisatawan terlayani internet dan informasi di destinasi.",
            ("Destinasi wisata yang terhubung internet", "destinasi"),
        ),
    ),
    "business": (
        (
            "Peta Peluang Investasi Daring",
            "application",
            "DPMPTSP",
            ("BAPPEDA", "DISKOMINFO"),
            "Menyajikan profil dan peta peluang investasi, insentif dan lahan siap bangun secara daring.",
            "Informasi peluang investasi sulit diakses investor.",
            "Investor menemukan peluang investasi dengan mudah.",
            ("Proyek investasi yang dipublikasikan", "proyek"),
        ),
        (
            "Merek Bersama Produk Unggulan Daerah",
            "suprastructure",
            "DISPERINDAG",
            ("DISKOPUKM",),
            "Membangun merek bersama, standar kemasan dan kurasi produk unggulan daerah untuk pasar nasional.",
            "Produk unggulan belum memiliki merek bersama.",
            "Produk unggulan dikenal dengan merek bersama.",
            ("Produk yang memakai merek bersama", "produk"),
        ),
        (
            "Forum Bisnis dan Temu Investasi Virtual",
            "human-resources",
            "DPMPTSP",
            ("DISPERINDAG",),
            "Menyelenggarakan temu bisnis dan investasi secara hibrida dengan pelaku usaha dan perbankan.",
            "Pelaku usaha lokal jarang bertemu investor.",
            "Kemitraan usaha dan investasi baru terbentuk.",
            ("Kesepakatan bisnis yang terjalin", "kesepakatan"),
        ),
    ),
    "city-appearance": (
        (
            "Penataan Koridor dan Ruang Publik Cerdas",
            "infrastructure",
            "DPUPR",
            ("DLH", "DISKOMINFO"),
            "Menata koridor utama dan taman kota dengan akses internet publik, papan informasi digital dan fasilitas ramah disabilitas.",
            "Ruang publik belum tertata dan informatif.",
            "Ruang publik tertata, ramah dan informatif.",
            ("Ruang publik yang ditata", "lokasi"),
        ),
        (
            "Penerangan Jalan Umum Cerdas",
            "infrastructure",
            "DISHUB",
            ("DPUPR",),
            "Mengganti lampu penerangan jalan dengan LED yang dipantau dan dikendalikan dari jarak jauh.",
            "Penerangan jalan boros energi dan kerusakan terlambat diketahui.",
            "Penerangan jalan hemat dan terpantau.",
            ("Titik PJU cerdas terpasang", "titik"),
        ),
        (
            "Sistem Informasi Reklame dan Papan Nama Daring",
            "application",
            "BAPENDA",
            ("DPMPTSP", "SATPOLPP"),
            "Mendata dan memetakan reklame serta perizinannya secara daring untuk menertibkan wajah kota.",
            "Reklame liar mengganggu wajah kota.",
            "Reklame tertib dan terdata.",
            ("Reklame terdata", "titik"),
        ),
    ),
    "industry": (
        (
            "Sistem Informasi Industri dan Komoditas Unggulan",
            "application",
            "DISPERINDAG",
            ("DISTAN", "DISKOMINFO"),
            "Membangun basis data pelaku industri, produksi dan harga komoditas unggulan yang dapat diakses pelaku usaha.",
            "Data industri dan harga komoditas belum lengkap.",
            "Pelaku usaha memperoleh data produksi dan harga terkini.",
            ("Pelaku industri terdata", "unit usaha"),
        ),
        (
            "Sentra Pengolahan Hasil Pertanian",
            "infrastructure",
            "DISTAN",
            ("DISPERINDAG", "DISKOPUKM"),
            "Membangun sentra pengolahan hasil pertanian dengan peralatan modern dan pencatatan produksi digital.",
            "Hasil pertanian dijual mentah dengan nilai tambah rendah.",
            "Nilai tambah hasil pertanian meningkat.",
            ("Sentra pengolahan beroperasi", "sentra"),
        ),
        (
            "Pertanian Presisi dan Penyuluhan Digital",
            "human-resources",
            "DISTAN",
            ("DISKOMINFO",),
            "Melatih penyuluh dan kelompok tani memakai aplikasi prakiraan cuaca, kalender tanam dan pasar daring.",
            "Petani belum memanfaatkan informasi digital.",
            "Produktivitas dan pendapatan petani meningkat.",
            ("Kelompok tani yang memakai aplikasi", "kelompok"),
        ),
    ),
    "welfare": (
        (
            "Klinik UMKM Naik Kelas Digital",
            "human-resources",
            "DISKOPUKM",
            ("DISKOMINFO", "DPMPTSP"),
            "Pendampingan UMKM untuk berjualan di lokapasar, mengurus NIB dan sertifikat halal, serta mengakses pembiayaan.",
            "Banyak UMKM belum mampu berjualan secara daring.",
            "UMKM memasarkan produk secara digital.",
            ("UMKM yang berjualan daring", "UMKM"),
        ),
        (
            "Data Terpadu Kesejahteraan Sosial Mutakhir",
            "application",
            "DINSOS",
            ("DISDUKCAPIL", "DPMD"),
            "Memutakhirkan data terpadu kesejahteraan sosial secara daring hingga desa dan kelurahan.",
            "Data penerima bantuan sosial belum mutakhir.",
            "Bantuan sosial tepat sasaran.",
            ("Desa/kelurahan yang memutakhirkan data", "desa/kelurahan"),
        ),
        (
            "Etalase Digital Produk Desa dan BUMDes",
            "application",
            "DISKOPUKM",
            ("DPMD",),
            "Menyediakan etalase daring dan aplikasi pembukuan bagi BUMDes dan koperasi.",
            "BUMDes belum dikelola secara profesional.",
            "BUMDes maju dan memasarkan produk secara daring.",
            ("BUMDes di etalase digital", "BUMDes"),
        ),
    ),
    "transactions": (
        (
            "Pajak dan Retribusi Daerah Elektronik",
            "application",
            "BAPENDA",
            ("BPKAD", "DISKOMINFO"),
            "Menerapkan pembayaran pajak dan retribusi melalui kanal elektronik, QRIS dan agen bank.",
            "Pembayaran pajak dan retribusi masih tunai.",
            "Pendapatan daerah tercatat elektronik dan transparan.",
            ("Jenis pajak dan retribusi yang dibayar elektronik", "jenis"),
        ),
        (
            "Pasar Rakyat Non-Tunai",
            "infrastructure",
            "DISPERINDAG",
            ("DISKOPUKM", "BAPENDA"),
            "Memodernisasi pasar rakyat dengan QRIS, papan harga digital dan retribusi elektronik bersama perbankan.",
            "Pedagang pasar belum menerima pembayaran non-tunai.",
            "Transaksi non-tunai meluas di pasar rakyat.",
            ("Pedagang yang menerima QRIS", "pedagang"),
        ),
        (
            "Penguatan Tim Percepatan Digitalisasi Daerah",
            "suprastructure",
            "BPKAD",
            ("BAPENDA", "SETDA"),
            "Memperkuat regulasi dan target kerja TP2DD untuk elektronifikasi transaksi pemerintah daerah.",
            "Koordinasi elektronifikasi transaksi belum kuat.",
            "Indeks elektronifikasi transaksi pemerintah daerah meningkat.",
            ("Rapat koordinasi TP2DD terlaksana", "kali"),
        ),
    ),
    "harmony": (
        (
            "Sistem Informasi Tata Ruang Daring",
            "application",
            "DPUPR",
            ("BAPPEDA", "DISKOMINFO"),
            "Menyajikan rencana tata ruang dan kesesuaian pemanfaatan ruang secara daring.",
            "Pemanfaatan ruang belum terpantau.",
            "Pemanfaatan ruang sesuai rencana tata ruang.",
            ("Layanan informasi tata ruang daring", "layanan"),
        ),
        (
            "Persetujuan Bangunan Gedung Elektronik",
            "application",
            "DPUPR",
            ("DPMPTSP",),
            "Menerapkan SIMBG untuk persetujuan bangunan gedung dan sertifikat laik fungsi.",
            "Persetujuan bangunan gedung lama dan manual.",
            "Persetujuan bangunan gedung cepat dan transparan.",
            ("PBG terbit melalui SIMBG", "dokumen"),
        ),
        (
            "Penyusunan Rencana Detail Tata Ruang Digital",
            "suprastructure",
            "DPUPR",
            ("BAPPEDA",),
            "Menyusun rencana detail tata ruang dalam format digital yang terintegrasi dengan OSS.",
            "Rencana detail tata ruang belum tersedia.",
            "Kepastian ruang bagi investasi dan permukiman.",
            ("RDTR yang ditetapkan", "dokumen"),
        ),
    ),
    "health": (
        (
            "Rekam Medis Elektronik Terintegrasi",
            "application",
            "DINKES",
            ("RSUD", "DISKOMINFO"),
            "Menerapkan rekam medis elektronik di puskesmas dan rumah sakit yang terhubung dengan SATUSEHAT.",
            "Rekam medis puskesmas belum terintegrasi.",
            "Riwayat kesehatan pasien tersedia di setiap fasilitas.",
            ("Puskesmas dengan rekam medis elektronik", "puskesmas"),
        ),
        (
            "Antrean Daring dan Telekonsultasi",
            "application",
            "RSUD",
            ("DINKES",),
            "Menyediakan antrean daring, telekonsultasi dokter spesialis dan informasi ketersediaan tempat tidur.",
            "Antrean layanan rumah sakit panjang.",
            "Waktu tunggu pasien berkurang.",
            ("Pasien yang mendaftar daring", "persen"),
        ),
        (
            "Pemantauan Stunting Berbasis Data",
            "application",
            "DINKES",
            ("DPMD", "BAPPEDA"),
            "Mencatat pengukuran balita di posyandu secara elektronik untuk intervensi stunting yang tepat sasaran.",
            "Data stunting terlambat dan tidak lengkap.",
            "Prevalensi stunting turun melalui intervensi tepat sasaran.",
            ("Posyandu yang mencatat secara elektronik", "posyandu"),
        ),
        (
            "Ambulans Gawat Darurat Terpadu",
            "infrastructure",
            "DINKES",
            ("RSUD", "BPBD"),
            "Mengoperasikan layanan ambulans gawat darurat yang terhubung dengan layanan darurat 112.",
            "Tanggapan kegawatdaruratan lambat.",
            "Pasien gawat darurat tertangani cepat.",
            ("Ambulans terhubung pusat panggilan", "unit"),
        ),
    ),
    "mobility": (
        (
            "Lampu Lalu Lintas Adaptif",
            "infrastructure",
            "DISHUB",
            ("DISKOMINFO",),
            "Memasang lampu lalu lintas adaptif dan kamera penghitung kendaraan di simpang utama.",
            "Kemacetan di simpang utama pada jam sibuk.",
            "Lalu lintas simpang utama lancar.",
            ("Simpang dengan lampu adaptif", "simpang"),
        ),
        (
            "Informasi Angkutan Umum Waktu Nyata",
            "application",
            "DISHUB",
            ("DISKOMINFO",),
            "Menyediakan informasi posisi dan jadwal angkutan umum waktu nyata melalui aplikasi dan halte.",
            "Warga tidak tahu jadwal angkutan umum.",
            "Penggunaan angkutan umum meningkat.",
            ("Trayek dengan informasi waktu nyata", "trayek"),
        ),
        (
            "Parkir Elektronik",
            "application",
            "DISHUB",
            ("BAPENDA",),
            "Menerapkan pembayaran parkir elektronik dan informasi ketersediaan ruang parkir.",
            "Retribusi parkir bocor dan ruang parkir sulit dicari.",
            "Retribusi parkir tercatat dan parkir tertib.",
            ("Titik parkir elektronik", "titik"),
        ),
    ),
    "community": (
        (
            "Pembinaan Kelompok Informasi Masyarakat",
            "human-resources",
            "DISKOMINFO",
            ("DPMD",),
            "Membina Kelompok Informasi Masyarakat sebagai penyebar informasi pembangunan dan penangkal hoaks.",
            "Informasi pembangunan belum sampai ke warga desa.",
            "Warga memperoleh informasi yang benar.",
            ("KIM yang aktif", "kelompok"),
        ),
        (
            "Ruang Kreatif dan Inkubator Komunitas Digital",
            "infrastructure",
            "DISKOMINFO",
            ("DISPORA", "DISKOPUKM"),
            "Menyediakan ruang kreatif dengan internet dan perangkat produksi konten bagi komunitas.",
            "Komunitas kreatif tidak memiliki ruang berkegiatan.",
            "Komunitas digital tumbuh dan berkarya.",
            ("Kegiatan komunitas di ruang kreatif", "kegiatan"),
        ),
        (
            "Layanan Inklusif bagi Penyandang Disabilitas",
            "suprastructure",
            "DINSOS",
            ("DPUPR",),
            "Menyusun standar layanan inklusif dan fasilitas ramah disabilitas di gedung publik.",
            "Gedung publik belum ramah disabilitas.",
            "Penyandang disabilitas mengakses layanan publik dengan mudah.",
            ("Gedung publik ramah disabilitas", "gedung"),
        ),
    ),
    "learning": (
        (
            "Sekolah Terhubung Internet",
            "infrastructure",
            "DISDIK",
            ("DISKOMINFO",),
            "Menyediakan akses internet dan perangkat belajar digital di sekolah dasar dan menengah pertama.",
            "Akses internet sekolah belum merata.",
            "Siswa belajar dengan dukungan internet.",
            ("Sekolah terhubung internet", "sekolah"),
        ),
        (
            "Perpustakaan Digital Daerah",
            "application",
            "DISDIK",
            ("DISPUSIP",),
            "Membangun perpustakaan digital dengan buku elektronik dan layanan pinjam daring.",
            "Koleksi perpustakaan terbatas dan sulit dijangkau.",
            "Minat baca warga meningkat.",
            ("Anggota perpustakaan digital", "orang"),
        ),
        (
            "Gerakan Literasi Digital Masyarakat",
            "human-resources",
            "DISKOMINFO",
            ("DISDIK",),
            "Menyelenggarakan pelatihan literasi digital bagi guru, pelajar, orang tua dan perangkat desa.",
            "Literasi digital masyarakat rendah.",
            "Masyarakat cakap dan aman berinternet.",
            ("Peserta literasi digital", "orang"),
        ),
        (
            "Pembangunan BTS dan Internet Desa",
            "infrastructure",
            "DISKOMINFO",
            ("DPMD",),
            "Mengusulkan BTS melalui BAKTI dan menyediakan internet desa melalui Dana Desa untuk menuntaskan blank spot.",
            "Sejumlah desa belum terjangkau sinyal.",
            "Seluruh desa terhubung internet.",
            ("Desa blank spot yang tertangani", "desa"),
        ),
    ),
    "security": (
        (
            "Pusat Kendali dan Integrasi CCTV",
            "infrastructure",
            "DISKOMINFO",
            ("DISHUB", "SATPOLPP"),
            "Membangun pusat kendali terpadu yang mengintegrasikan CCTV milik OPD dan mitra.",
            "CCTV berdiri sendiri dan tidak terpantau.",
            "Titik rawan terpantau dari satu pusat.",
            ("CCTV terintegrasi", "unit"),
        ),
        (
            "Layanan Darurat 112",
            "application",
            "DISKOMINFO",
            ("BPBD", "DINKES"),
            "Mengoperasikan layanan darurat 112 yang terhubung dengan pemadam kebakaran, ambulans dan kepolisian.",
            "Nomor layanan darurat tersebar.",
            "Kejadian darurat ditanggapi cepat.",
            ("Panggilan darurat yang tertangani", "persen"),
        ),
        (
            "Tim Tanggap Insiden Siber Daerah",
            "suprastructure",
            "DISKOMINFO",
            ("SETDA",),
            "Membentuk CSIRT daerah dan menerapkan manajemen keamanan informasi.",
            "Serangan siber terhadap sistem pemerintah meningkat.",
            "Insiden siber tertangani cepat.",
            ("Insiden siber yang tertangani", "insiden"),
        ),
        (
            "Sistem Peringatan Dini Bencana",
            "infrastructure",
            "BPBD",
            ("DISKOMINFO",),
            "Memasang sensor dan sirene peringatan dini banjir dan longsor yang terhubung ke pusat kendali.",
            "Peringatan bencana terlambat sampai ke warga.",
            "Warga menerima peringatan dini tepat waktu.",
            ("Titik peringatan dini", "titik"),
        ),
    ),
    "protection": (
        (
            "Stasiun Pemantau Kualitas Udara dan Air",
            "infrastructure",
            "DLH",
            ("DISKOMINFO",),
            "Memasang stasiun pemantau kualitas udara dan air sungai waktu nyata dengan data terbuka.",
            "Kualitas lingkungan belum terpantau waktu nyata.",
            "Warga mengetahui kualitas lingkungan setiap saat.",
            ("Stasiun pemantau beroperasi", "stasiun"),
        ),
        (
            "Kanal Pengaduan Lingkungan Daring",
            "application",
            "DLH",
            ("DISKOMINFO",),
            "Menyediakan kanal pengaduan pencemaran dan kerusakan lingkungan dengan pelacakan tindak lanjut.",
            "Kerusakan lingkungan terlambat diketahui.",
            "Pengaduan lingkungan ditangani cepat.",
            ("Pengaduan lingkungan yang ditangani", "pengaduan"),
        ),
        (
            "Ruang Terbuka Hijau dan Penghijauan Berbasis Data",
            "infrastructure",
            "DLH",
            ("DPUPR",),
            "Memetakan dan menambah ruang terbuka hijau dengan pemantauan pohon secara digital.",
            "Ruang terbuka hijau kurang dari ketentuan.",
            "Ruang terbuka hijau bertambah dan terpelihara.",
            ("Luas RTH yang dipetakan", "hektare"),
        ),
    ),
    "waste": (
        (
            "Bank Sampah Digital",
            "application",
            "DLH",
            ("DISKOPUKM",),
            "Mencatat setoran dan tabungan nasabah bank sampah secara digital dan menghubungkannya dengan pengepul.",
            "Sampah belum terpilah dari sumbernya.",
            "Sampah terpilah dan bernilai ekonomi.",
            ("Bank sampah yang memakai aplikasi", "unit"),
        ),
        (
            "Pemantauan Armada Pengangkut Sampah",
            "application",
            "DLH",
            ("DISHUB",),
            "Memasang pelacak pada armada pengangkut sampah dan menjadwalkan rute secara optimal.",
            "Pengangkutan sampah tidak terjadwal.",
            "Sampah terangkut tepat waktu.",
            ("Armada dengan pelacak", "unit"),
        ),
        (
            "TPS3R dan Pengolahan Sampah Organik",
            "infrastructure",
            "DLH",
            ("DPUPR",),
            "Membangun TPS3R dan rumah kompos dengan pencatatan volume sampah terolah.",
            "TPA mendekati batas kapasitas.",
            "Sampah yang dibuang ke TPA berkurang.",
            ("TPS3R beroperasi", "unit"),
        ),
    ),
    "energy": (
        (
            "Panel Surya Gedung Publik",
            "infrastructure",
            "DPUPR",
            ("DLH",),
            "Memasang panel surya atap dan meteran energi pintar pada gedung pemerintah dan sekolah.",
            "Tagihan listrik gedung publik tinggi.",
            "Bauran energi terbarukan meningkat.",
            ("Gedung dengan panel surya", "gedung"),
        ),
        (
            "Manajemen Energi Gedung Pemerintah",
            "suprastructure",
            "SETDA",
            ("DLH", "DPUPR"),
            "Menetapkan kebijakan penghematan energi dan memantau konsumsi listrik gedung pemerintah.",
            "Konsumsi energi gedung pemerintah tidak terpantau.",
            "Konsumsi energi gedung pemerintah turun.",
            ("Gedung dengan audit energi", "gedung"),
        ),
        (
            "Stasiun Pengisian Kendaraan Listrik Umum",
            "infrastructure",
            "DISHUB",
            ("DLH",),
            "Membangun stasiun pengisian kendaraan listrik umum bersama badan usaha.",
            "Kendaraan listrik belum didukung infrastruktur pengisian.",
            "Penggunaan kendaraan listrik meningkat.",
            ("SPKLU beroperasi", "unit"),
        ),
    ),
}

BENEFICIARIES = (
    "Warga di {k} kecamatan",
    "{k} pelaku UMKM",
    "{k} pedagang pasar rakyat",
    "{k} ASN perangkat daerah",
    "Siswa dan guru di {k} sekolah",
    "{k} kelompok masyarakat",
    "Wisatawan dan {k} pelaku wisata",
    "Pasien di {k} fasilitas kesehatan",
)
