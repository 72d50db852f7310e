package org.marsad.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.engine.Engines.actor;
import static org.marsad.engine.Engines.assertNone;
import static org.marsad.engine.Engines.describe;
import static org.marsad.engine.Engines.extract;
import static org.marsad.engine.Engines.of;
import static org.marsad.engine.Engines.one;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.Size;
import org.marsad.core.record.ActorRef;
import org.marsad.engine.lexicon.PloverTypes;

/** Who did what to whom, where, when, by whose account: realistic news sentences through the whole engine. */
class EventCoderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // VSO: the subject right after the verb
            "اعتقلت الشرطة العراقية عشرات المتظاهرين في بغداد أمس. | COERCE | اعتقلت | IRQ/COP | IRQ/PRO",
            "اعتقلت الشرطة التركية صحفيا في إسطنبول أمس. | COERCE | اعتقلت | TUR/COP | TUR/MED",
            "اعتقلت قوات الأمن المصرية ناشطا في القاهرة يوم الأحد. | COERCE | اعتقلت | EGY/COP | -",
            "التقى الرئيس المصري نظيره الفرنسي في باريس. | CONSULT | التقى | EGY/GOV | -",
            // SVO: the subject opens the clause right before its verb
            "الشرطة العراقية اعتقلت عشرات المتظاهرين في البصرة. | COERCE | اعتقلت | IRQ/COP | IRQ/PRO",
            "الجيش السوري قصف مواقع المسلحين في إدلب. | ASSAULT | قصف | SYR/MIL | SYR/REB",
            "قال المتحدث إن الجيش السوري قصف مواقع المسلحين في إدلب. | ASSAULT | قصف | SYR/MIL | SYR/REB",
            // passive victims, the perpetrator after an agent phrase
            "قتل ثلاثة مدنيين برصاص قوات الأمن في درعا. | ASSAULT | قتل | SYR/COP | SYR/CVL",
            "قتل صحفي على يد مسلحين مجهولين في الموصل. | ASSAULT | قتل | IRQ/REB | IRQ/MED",
            "قتل جنديان في هجوم شنه مسلحون على حاجز للجيش في سيناء. | ASSAULT | قتل | EGY/REB | EGY/MIL",
            "أصيب عشرة متظاهرين برصاص الشرطة في الخرطوم. | ASSAULT | أصيب | SDN/COP | SDN/PRO",
            // statements: the speaker, also inside reported speech
            "قال وزير الخارجية الأردني إن بلاده تدين بشدة الهجوم الإرهابي. | ACCUSE | تدين | JOR/GOV | JOR/REB",
            "أدانت وزارة الخارجية المصرية الهجوم على الكنيسة. | ACCUSE | أدانت | EGY/GOV | EGY/REL",
            "أعلنت السلطات فرض حظر التجول في مدينة البصرة. | COERCE | فرض حظر التجول | IRQ/GOV | -",
            // a role tied to its body by في: the body speaks
            "أدان مسؤول كبير في الأمم المتحدة الغارة الجوية. | ACCUSE | أدان | UN/IGO | -",
            // a nationality right after an attack noun names the attacker
            "استهدفت غارات تركية مواقع لقوات النظام السوري في عفرين. | ASSAULT | استهدفت | TUR/MIL | SYR/MIL",
            "قصفت طائرات إسرائيلية مواقع لحركة حماس في غزة. | ASSAULT | قصفت | ISR/MIL | HAMAS/REB",
            // a report's author speaks through it
            "واتهم تقرير لمنظمة هيومن رايتس ووتش التحالف بعدم التحقيق في الغارات. | ACCUSE | واتهم | HRW/NGO | -",
            // after a relative pronoun the verb's subject is the antecedent: the noun after it is the target
            "تبنت الجماعة الهجومين اللذين استهدفا مقر الجيش في واغادوغو. | ASSAULT | استهدفا | - | BFA/MIL",
            // a participle of manner: the main clause's subject accuses the noun after it
            "وتطالب المعارضة باستقالة الرئيس وزوجته التي تشغل منصب نائب الرئيس، متهمة دانييل أورتيغا بالفساد. | ACCUSE | متهمة | NIC/OPP | NIC/GOV",
            "وأكد النائب العام الإسرائيلي أن التحقيق كان مهنيا، مشيدا بعمل الشرطة. | SUPPORT | مشيدا | ISR/JUD | ISR/COP",
            // the demand a protest is held for is the protesters', addressed to whom they protest against
            "تظاهر آلاف الإسرائيليين الجمعة في تل أبيب للمطالبة باستقالة رئيس الوزراء. | REQUEST | للمطالبة | ISR/PRO | ISR/GOV",
            "تظاهر آلاف الإسرائيليين الجمعة في تل أبيب للمطالبة باستقالة رئيس الوزراء. | PROTEST | تظاهر | ISR/PRO | ISR/GOV",
            // people named by their nationality alone are civilians
            "طالب آلاف الإسرائيليين باستقالة رئيس الوزراء بنيامين نتانياهو. | REQUEST | طالب | ISR/CVL | ISR/GOV",
            // whom something was said to is not who acts; the body a unit belongs to acts through it
            "من جهته قال المدعي العام الفرنسي لوكالة فرانس برس إنه تم فتح تحقيق في الحادث. | ACCUSE | فتح تحقيق | FRA/JUD | -",
            "أعلن جهاز أمني تابع لقوات سوريا الديمقراطية فرض حالة طوارئ في مدينة الرقة. | COERCE | حالة طوارئ | SDF/REB | -",
            // victims counted after a preposition are never the doers
            "أعلن الاتحاد الأوروبي فرض عقوبات ضد سبعة مسؤولين بورميين. | SANCTION | فرض عقوبات | EU/IGO | MMR/GOV",
            // "25 فلسطينياً" counts people of that nationality; "برصاص الاحتلال الإسرائيلي" names the shooter
            "قتل 25 فلسطينياً برصاص الاحتلال الإسرائيلي على حدود قطاع غزة. | ASSAULT | قتل | IDF/MIL | PSE/null",
            // the subject of a light verb (قام، شن، نفذ) does the act it carries; "مكافحة الشغب" is no riot
            "وقامت شرطة مكافحة الشغب بإطلاق الغاز المسيل للدموع لتفريق المتظاهرين في طهران. | ASSAULT | الغاز المسيل للدموع | IRN/COP | IRN/PRO",
            // who announces deaths did not cause them; counted parties after the act are its victims
            "وأعلن وزير الداخلية الأردني مقتل 3 إرهابيين أردنيين في مدينة السلط. | ASSAULT | مقتل | - | JOR/REB",
            // a pronoun after أن takes the speaker back as the doer
            "وذكرت الشرطة أنها اعتقلت 8 آخرين في إسطنبول الأربعاء. | COERCE | اعتقلت | TUR/COP | -",
            // a name after a noun with ب belongs to that noun: it is not the subject
            "وأشاد وزير الداخلية الأردني في عمان اليوم بجهود رجال القوات المسلحة. | SUPPORT | وأشاد | JOR/GOV | JOR/MIL",
            // a title, the name the recogniser finds and a quotation mark may stand between a subject and its verb
            "وقال المجمع إن الكاردينال برينيس \"يطالب الحكومة بوقف المجزرة\" في ماناغوا. | REQUEST | يطالب | NIC/REL | NIC/GOV",
            // forces right after an arrest verb make the arrest, even of a former official
            "اعتقلت السلطات الباكستانية رئيس الوزراء السابق نواز شريف في لاهور الجمعة. | COERCE | اعتقلت | PAK/COP | PAK/PTY",
            // an event noun with ب completes the verb before it: the verb's subject acts, the name after the noun is the object
            "ومن جانبها أكدت بريطانيا على تمسكها باتهام روسيا أمام مجلس الأمن. | ACCUSE | باتهام | GBR/GOV | RUS/GOV",
            "وأوصت الشرطة الإسرائيلية الثلاثاء باتهام نتانياهو رسميا بالفساد. | ACCUSE | باتهام | ISR/COP | ISR/GOV",
            "قضت محكمة في التشيك بالإفراج عن الزعيم الكردي السوري صالح مسلم. | RETREAT | بالإفراج عن | CZE/JUD | SYR/GOV",
            // but the genitive of a noun without object is its doer
            "ونقلت الأناضول عن مصادر حضرت الاجتماعات قولها إن الخطة التي سيجري وضع اللمسات الأخيرة عليها خلال زيارة وزير الخارجية التركي مولود تشاووش أوغلو لواشنطن في الرابع من يونيو تقضي بانسحاب وحدات حماية الشعب من منبج. | RETREAT | بانسحاب | YPG/REB | -",
            // the state named as a whole acts through the arm its act implies: an arrest is the police's
            "أوقفت السلطات الروسية 5 أشخاص للاشتباه في انتمائهم إلى تنظيم داعش في موسكو. | COERCE | أوقفت | RUS/COP | RUS/CVL",
            // before an event noun, the object after على leaves the subject in place
            "وكانت محكمة باكستانية قد حكمت غيابيا على نواز شريف بالسجن عشرة أعوام في لاهور. | SANCTION | بالسجن | PAK/JUD | PAK/PTY",
    })
    void choosesActorAndRecipient(String sentence, String event, String trigger, String actor, String recipient) {
        List<EventRecord> records = extract(sentence);
        EventRecord r = of(records, event).stream().filter(x -> x.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + " -> " + describe(records)));
        assertEquals(actor, actor(r.actor()), sentence + " -> " + describe(records));
        assertEquals(recipient, actor(r.recipient()), sentence + " -> " + describe(records));
    }

    @Test
    void wordsOfOneActInOneSentenceAreOneEvent() {
        List<EventRecord> records = extract("قتل 25 فلسطينياً وأصيب أكثر من 900 آخرين برصاص الاحتلال الإسرائيلي، الاثنين، على حدود قطاع غزة.");
        List<EventRecord> assaults = of(records, "ASSAULT");
        assertEquals(1, assaults.size(), describe(records));
        assertEquals(25, assaults.get(0).size().dead());
        assertEquals(900, assaults.get(0).size().injured());
        assertEquals("IDF/MIL", actor(assaults.get(0).actor()));
    }

    @Test
    void thePrepositionAmamIsNoImam() {
        List<EventRecord> records = extract("ونظم صحفيون وقفة احتجاجية أمام مقر القنصلية السعودية في إسطنبول.");
        assertFalse(records.isEmpty());
        for (EventRecord r : records) {
            assertNotEquals("REL", r.actor() == null ? null : r.actor().sector(), describe(records));
        }
    }

    @Test
    void aCountryThatActsIsNotWhereTheActHappens() {
        List<EventRecord> records = extract("تقدمت قوات النظام السوري في الغوطة الشرقية قرب دمشق.\nوتتزامن المعارك العنيفة مع هدنة إنسانية أعلنتها روسيا لمدة خمس ساعات يوميا.");
        EventRecord truce = one(records, "RETREAT");
        assertEquals("RUS", truce.actor().country(), describe(records));
        assertTrue(truce.location() == null || !"RUS".equals(truce.location().country()), describe(records));
        EventRecord there = one(extract("أعلنت الحكومة هدنة إنسانية في روسيا."), "RETREAT");
        assertEquals("RUS", there.location().country());
    }

    @Test
    void aCasualtyReportWithoutDoerContinuesTheAttackBeforeIt() {
        List<EventRecord> records = extract("قصفت القوات الروسية بلدة في ريف إدلب صباح اليوم.\nوقتل ثلاثة مدنيين وأصيب عشرة آخرون.");
        // the toll is the shelling's: one record with its doer and its dead
        EventRecord killing = one(records, "ASSAULT");
        assertEquals("RUS/MIL", actor(killing.actor()), describe(records));
        assertEquals(3, killing.size().dead(), describe(records));
        // far from any attack, nobody is named: the doer is an unidentified party of the country
        List<EventRecord> alone = extract("وقتل ثلاثة مدنيين وأصيب عشرة آخرون في ريف إدلب.");
        assertNull(actor(one(alone, "ASSAULT").actor()), describe(alone));
    }

    @Test
    void anUnnamedDoerTakesTheSectorItsActImplies() {
        EventRecord raid = one(extract("واستهدفت غارة جوية سوقا شعبيا في مدينة الحديدة اليوم الخميس."), "ASSAULT");
        assertTrue(raid.actor().isUnidentified());
        assertEquals("MIL", raid.actor().sector(), describe(List.of(raid)));
        EventRecord blast = one(extract("وقتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة الرقة."), "ASSAULT");
        assertEquals("REB", blast.actor().sector(), describe(List.of(blast)));
        // the unnamed side of an act is no doer: a recipient takes no sector
        assertNull(raid.recipient().sector());
        // "الشغب" inside the name of the riot police is not a riot
        assertTrue(of(extract("وانتشرت شرطة مكافحة الشغب في شوارع المدينة."), "PROTEST").isEmpty());
    }

    @Test
    void aBareNameTakesTheTitleItWasIntroducedWith() {
        List<EventRecord> records = extract("وأرسل حاكم ولاية ريو دي جانيرو، لويز فرناندو بيزاو، استغاثة إلى الحكومة المركزية.\n"
                + "وقدم بيزاو اعتذاره للمحتفلين بالمهرجان.");
        EventRecord apology = one(records, "CONCEDE");
        assertEquals("بيزاو", apology.actor().text(), describe(records));
        assertEquals("BRA/GOV", actor(apology.actor()), describe(records));
    }

    @Test
    void aTitleFollowedByANameTheKnowledgeBaseDoesNotKnowKeepsTheNameInItsText() {
        List<EventRecord> records = extract("وقال وزير الخارجية اليمني رياض ياسين لـ«الشرق الأوسط»، إن الرئيس هادي طلب خلال اللقاء "
                + "زيارة القوات البحرية المصرية إلى عدن والمشاركة في حماية موانئها.");
        EventRecord request = one(records, "REQUEST");
        ActorRef claimant = request.attribution().claimant();
        assertEquals("وزير الخارجية اليمني رياض ياسين", claimant.text(), describe(records));
        // coded from the title, as before
        assertEquals("YEM/GOV", actor(claimant), describe(records));
        // a title the knowledge base fills with a known person keeps its own text
        List<EventRecord> known = extract("واتهم وزير الخارجية السوري وليد المعلم الولايات المتحدة بدعم الإرهاب.");
        assertEquals("وزير الخارجية السوري وليد المعلم", one(known, "ACCUSE").actor().text(), describe(known));
    }

    @Test
    void aStatementByAnUnnamedSpeakerIsClaimedByThatSpeaker() {
        List<EventRecord> records = extract("وجدد دعوته لفتح تحقيق نزيه ومستقل في الغارات على اليمن.");
        EventRecord call = one(records, "REQUEST");
        assertTrue(call.actor().isUnidentified(), describe(records));
        assertEquals("GOV", call.actor().sector());
        assertEquals(call.actor(), call.attribution().claimant());
    }

    @Test
    void aTownInTheClauseSaysWhereBetterThanAPartOfTheCountry() {
        List<EventRecord> records = extract("وفي شمال سوريا، استهدفت الطائرات التركية موقعا لقوات سورية موالية للنظام في قرية كفرجنة في عفرين.");
        EventRecord strike = one(records, "ASSAULT");
        assertNotEquals("region", strike.location().precision(), describe(records));
        assertEquals("SYR", strike.location().country());
    }

    @Test
    void theActSomeoneIsAccusedOfIsNotAnEvent() {
        // what a charge or accusation names is its content (the accusation itself is coded on its own)
        assertNone("ASSAULT",
                "ويصر التحالف على أنه لا يستهدف المدنيين عمدا، لكن جماعات حقوقية تتهمه بقصف الأسواق والمدارس والمستشفيات والمناطق السكنية.",
                "وكان بشار، 20 عاما، مطلوبا لدى الشرطة الألمانية، بتهمة قتل سوزانا ماريا فيلدمان، 14 عاما.",
                "يحقق الادعاء الفرنسي في مزاعم اعتداء مساعد بارز للرئيس الفرنسي إيمانويل ماكرون على متظاهرين.");
        // a sentence passed on the accused is a real act, and so is a release after the charge is dropped
        List<EventRecord> sentence = extract("وكانت محكمة مصرية قد نظرت في القضية ذاتها، وقضت بمعاقبة المتهمين بالسجن المؤبد.");
        assertEquals("SANCTION", one(sentence, "SANCTION").event(), describe(sentence));
        List<EventRecord> release = extract("تم القبض عليهم في السودان بتهمة انتهاك المياه الإقليمية وبرأهم القضاء السوداني من هذه التهمة وأفرج عنهم.");
        assertTrue(release.stream().anyMatch(r -> r.trigger().text().equals("وأفرج")), describe(release));
    }

    @Test
    void aVerbThatAlsoMeansCommentingSuspendsNothingWhenItComments() {
        assertNone("SANCTION",
                "وعلق خالد آل سعود على دعوات نائب رئيس الجمهورية العراقية، نوري المالكي، وضع المملكة تحت الوصاية.",
                "وعلقت هارمان على تصريحات كاميرون بأنه يجب أن يتذكر أنه يتحدث عن بشر.");
        List<EventRecord> suspension = extract("علق الاتحاد الأفريقي عضوية مالي بعد الانقلاب العسكري.");
        assertEquals("AU", one(suspension, "SANCTION").actor().org(), describe(suspension));
    }

    @Test
    void theStudentIsNotTheVerbOfDemanding() {
        // "طالب" demanded / "الطالب" the student / "طالب جامعي" a university student
        assertNone("REQUEST",
                "وقالت الشرطة إن ضباطا متخفين كانوا يلاحقون شخصا مشتبها به في جريمة قتل طالب جامعي.",
                "بحيث تتوفر للمواطن البسيط أو الطالب أو العامل الأجنبي بدائل رخيصة للنقل في حال رفع أسعار الوقود.");
        // a source asking not to be named asks nothing of a party
        assertNone("REQUEST", "وقال المسؤول الذي طلب عدم كشف اسمه إن بعض الأعضاء يدرسون احتمال طرد دبلوماسيين روس.");
        // a prayer asks nothing of a party
        assertNone("REQUEST", "وأطمأن سموه على صحة المصابين داعياً الله أن يلبسهم لباس الصحة والعافية.");
        assertNone("REQUEST", "واستمع لشرح من مدير عام تعليم جازان عن التجربة التي استفاد منها أكثر من 700 طالب في المرحلة الثانوية.");
        // a blessing after a name supports nothing
        assertNone("SUPPORT", "وقال معاليه إن هذه البلاد ستظل واحة أمن واستقرار في ظل القيادة الحكيمة - أيدها الله - .");
        List<EventRecord> demand = extract("وطالب وزير الداخلية الإيطالي ماتيو سالفيني السلطات المالطية بفتح موانئها.");
        assertEquals("ITA", one(demand, "REQUEST").actor().country(), describe(demand));
    }

    @Test
    void aVerbThatBeginsWithTheLettersOfTheArticleNeedsThem() {
        // real articles: "تمس" (touches) is not التمس (requested), "وحين" (and when) no verb at all
        assertNone("REQUEST", "أصدرت محكمة الاستئناف بالدار البيضاء الخميس حكما بالسجن ثلاث سنوات على الصحافي المغربي حميد المهداوي، "
                + "بعد إدانته \"بعدم التبليغ عن جناية تمس أمن الدولة\".");
        assertNone("THREATEN", "أبعدت إدارة الاتفاق المكلفة المدافع علي الزبيدي عن معسكر الفريق في تركيا لعدم التزامه وانضباطه بالتدريبات، "
                + "وحينها قدم اعتذاره ووعد بالانضباط في المعسكر.");
        assertEquals(1, of(extract("والتقى الرئيس المصري نظيره الفرنسي في باريس."), "CONSULT").size());
        assertEquals(1, of(extract("فالتقى الرئيس المصري نظيره الفرنسي في باريس."), "CONSULT").size());
    }

    @Test
    void aCallReferredBackToAndShopsClosingAreNoEvents() {
        // real articles: "الذي دعا إليه" names who called the strike already coded; shops close their doors
        assertNone("REQUEST", "وأغلقت غالبية المحال والبنوك والأسواق في أنحاء متفرقة من البلاد خلال الإضراب العام، الجمعة، "
                + "الذي دعا إليه التحالف المدني من أجل العدالة والديمقراطية المعارض.",
                "وجاءت تصريحاته قبل يوم من اجتماع استثنائي، دعت إليه روسيا- للمجلس التنفيذي لمنظمة حظر الأسلحة الكيماوية.");
        assertNone("COERCE", "وأغلقت متاجر وهرع السكان المذعورون إلى تخزين المؤن.");
        assertEquals(1, of(extract("وأغلقت السلطات الإيرانية مكاتب الصحيفة في طهران."), "COERCE").size());
    }

    @Test
    void whatGivesCauseForConcernCallsOnNobody() {
        // real article: "يدعو للتأمل" (gives cause to reflect), said of a fact, not a call on a party
        assertNone("REQUEST", "وخروج الرئيس من الرئاسة بعد نصف قرن من اندلاع الثورة يدعو للتأمل في مسيرة هذا البلد.",
                "وقال إن استمرار القتال يدعو إلى القلق.");
        assertEquals(1, of(extract("ودعت فرنسا إلى التهدئة في غزة."), "REQUEST").size());
    }

    @Test
    void aVerbNeverCarriesThePrepositionBa() {
        // real articles: "بحثوا" (they discussed) is not ب + "حثوا" (they urged); "بالغا" (grave) not ب + ألغى
        assertNone("REQUEST", "وأفاد حينها بيان للرئيس اللبناني، ميشال عون ورئيس الوزراء سعد الحريري ورئيس البرلمان نبيه بري "
                + "بحثوا فيه \"التهديدات الإسرائيلية\".", "وقال تيموثي هيث، وهو باحث في مؤسسة راند، إن الصين تستعد.");
        assertNone("CONCEDE", "وسبق أن أثارت جزر إيميا، التي تبعد 7 كيلومترات فقط من السواحل التركية، توترا بالغا بين أنقرة وأثينا.");
        // the bare perfect is also the verbal noun: "أمر بمنع" is an act
        assertEquals(1, of(extract("وأمرت المحكمة المصرية بمنع حركة حماس من العمل في البلاد."), "COERCE").size());
    }

    @Test
    void aStopPhraseOfTheSameWordsHidesTheTrigger() {
        // real article: "توقف" (the halt) is also the imperfect of أوقف (arrests)
        assertNone("COERCE", "نفى السفير البنغلاديشي لدى المملكة، توقف الاتفاقية الموقعة مابين المملكة وبنجلاديش لاستقدام العمالة المنزلية.");
        assertEquals(1, of(extract("وأوقفت الشرطة الفرنسية والديه للتحقيق معهما."), "COERCE").size());
        // a draw for a tournament sets up no clashes
        assertNone("ASSAULT", "أسفرت القرعة عن مواجهات سهلة لعرب أفريقيا، باستثناء المغرب الساعي إلى بلوغ العرس العالمي.");
    }

    @Test
    void theSideFoughtWithIsTheRecipientOfTheFighting() {
        // real article: "بعد معارك عنيفة مع ميليشيات الحوثي" (after fierce battles with the Houthi militias)
        EventRecord battle = one(extract("وحررت قوات الجيش اليمني بدعم من التحالف مركز مديرية باقم في محافظة صعدة، "
                + "بعد معارك عنيفة مع ميليشيات الحوثي."), "ASSAULT");
        assertEquals("MIL", battle.actor().sector(), actor(battle.actor()));
        assertEquals("REB", battle.recipient().sector(), actor(battle.recipient()));
    }

    @Test
    void aBackerIsNeitherDoerNorTargetNorPlace() {
        // dev article: the UN backs the government that declares the state of emergency
        EventRecord emergency = one(extract("ودفعت الاشتباكات إلى إعلان الحكومة المدعومة من الأمم المتحدة حالة الطوارئ في طرابلس."), "COERCE");
        assertEquals("GOV", emergency.actor().sector(), actor(emergency.actor()));
        assertEquals("LBY", emergency.actor().country());
        // real article: two backing states joined by و are neither the target nor the place of the battle
        EventRecord battle = of(extract("نشبت معارك عنيفة بين قوات الحكومة اليمنية المعترف بها دوليا المدعومة من قبل السعودية والإمارات "
                + "من جهة، والحوثيين من جهة أخرى، في محيط مطار مدينة الحديدة غرب البلاد، وسقط فيها 39 قتيلا من الطرفين."), "ASSAULT").get(0);
        assertEquals("معارك", battle.trigger().text());
        assertEquals("YEM", battle.recipient().country(), actor(battle.recipient()));
        assertEquals("YEM", battle.location().country());
    }

    @Test
    void aStrikeCalledForThroughANounOfCarryingOutIsNotYetAStrike() {
        // real article: "إلى تنفيذ إضراب واعتصام" (to carry out a strike and a sit-in)
        assertNone("PROTEST", "ودعت النقابات المهنية إلى تنفيذ إضراب واعتصام جديد الأربعاء.",
                "ودعت المعارضة إلى تنظيم مظاهرات حاشدة يوم الجمعة.");
        assertEquals(1, of(extract("ونفذت النقابات المهنية إضرابا الأربعاء."), "PROTEST").size());
    }

    @Test
    void seekingAccuracyIsNoInvestigation() {
        // real article: "تحري الدقة" (taking care to be accurate) has the letters of the verb تحرى (investigated)
        assertNone("ACCUSE", "وإنّ الجامعة لتؤكد في عرضها لهذه التفاصيل حرصها على تحري الدقة فيما يتم عرضه بشأن المواطن.",
                "وحرصا منها على تحري المصداقية كان لزاما عليها توضيح بعض الحقائق.");
        assertEquals(1, of(extract("قالت الشرطة النرويجية إنها تتحرى عبوة مريبة عثر عليها اليوم."), "ACCUSE").size());
    }

    @Test
    void whatAPlanAimsAtIsNoAttack() {
        // "تستهدف" (aims at) in the imperfect; the perfect "استهدف" reports an attack
        assertNone("ASSAULT", "تنفذ لجنة تدريب الحج بوزارة الصحة 93 دورة تدريبية متخصصة وورش عمل تستهدف 6672 من منسوبي الوزارة.");
        // "يعزز" enhances; "عززت ... إجراءاتها الأمنية" reinforced
        assertNone("MOBILIZE", "ويعد ذلك تقدما تكنولوجيا يزيد من قدرات روسيا العسكرية ويعزز وضع الكرملين عالميا.");
        List<EventRecord> attack = extract("واستهدف مسلحون حافلة للجيش في شمال سيناء.");
        assertEquals("واستهدف", one(attack, "ASSAULT").trigger().text(), describe(attack));
    }

    @Test
    void whatAPrecautionGuardsAgainstHasNotHappened() {
        assertNone("PROTEST", "ودفع رحيل ديسالين الحكومة إلى إعلان حالة الطوارئ في جميع أنحاء البلاد، تحسبا لوقوع اضطرابات أو احتجاجات جديدة.");
    }

    @Test
    void aProvinceNamedInBracketsIsNoBoycott() {
        assertNone("PROTEST", "وتتواصل الاشتباكات بين الجماعتين في منطقة (جورجوري) بمقاطعة (هسكه مينه) شرق أفغانستان.");
    }

    @Test
    void aCourseOrCareerIsNoMarch() {
        assertNone("PROTEST", "وبغيابها لا يمكن تحقيق المعادلة الأصعب في مسيرة التنمية، وهي تنفيذ وإنجاز الخطط التنموية.");
        List<EventRecord> march = extract("نظمت التنسيقية الجهوية للجبهة الشعبية في قفصة، صباح اليوم مسيرة سلمية انطلقت من أمام مقر الاتحاد الجهوي للشغل.");
        assertEquals("PROTEST", one(march, "PROTEST").event(), describe(march));
    }

    @Test
    void decliningToCommentAndAPenaltyInALawAreNoEvents() {
        assertNone("REJECT", "وقال المسؤول التركي إن الزعيمين اتفقا على توطيد التعاون لكنه رفض التعليق بخصوص قاعدة إنجرليك.");
        assertNone("SANCTION", "ونص القانون على أن يعاقب بالسجن مدة لا تقل عن عشر سنوات كل من أنشأ جماعة تدعو إلى العنف.");
    }

    @Test
    void cooperationAsATopicIsNoAct() {
        // "التعاون" with the article names a field of relations; the verb reports an act
        assertNone("COOPERATE", "وأكدت المملكة العربية السعودية وجمهورية ناميبيا حرص البلدين على تعزيز العلاقات وتوسيع آفاق التعاون بينهما في شتى المجالات.");
        List<EventRecord> act = extract("وتعاونت الشرطة التركية مع نظيرتها الألمانية في تعقب المشتبه به.");
        assertEquals("TUR", one(act, "COOPERATE").actor().country(), describe(act));
    }

    @Test
    void anAgreementAlreadyMadeIsNoNewAgreement() {
        assertNone("AGREE", "وحذر ماكرون من أن إقدام ترامب على الانسحاب من الاتفاق النووي مع إيران قد يؤدي إلى نشوب حرب.");
        List<EventRecord> deal = extract("وأبرمت الحكومة السودانية يوم الأربعاء أضخم اتفاق في مجال التعدين مع شركة روسية.");
        assertEquals("SDN", one(deal, "AGREE").actor().country(), describe(deal));
    }

    @Test
    void whatEndangersSecurityThreatensNoOneAndALawForbidsNoOne() {
        assertNone("THREATEN", "وإدراكا منا لخطورة تلك الجرائم الإرهابية التي تهدد أمن واستقرار دول الخليج باتت أهمية استراتيجية موحدة.");
        List<EventRecord> rule = extract("وبينت الشؤون الصحية أن أنظمة وزارة الصحة تمنع احتجاز الجثث بمنشآتها الصحية.");
        assertTrue(rule.stream().noneMatch(r -> r.event().equals("COERCE") && r.trigger().text().equals("تمنع")), describe(rule));
        List<EventRecord> threat = extract("وهدد الرئيس الأمريكي دونالد ترامب بعقاب قاس إذا ثبت تورط السعودية.");
        assertEquals("USA", one(threat, "THREATEN").actor().country(), describe(threat));
    }

    @Test
    void deathsInAnAccidentOrDisasterAreNoAssault() {
        assertNone("ASSAULT",
                "تحطمت طائرة هليكوبتر عسكرية في شرق إثيوبيا، ما أسفر عن مقتل جميع الركاب الـ18 الذين كانوا على متنها.",
                "قتل 27 شخصاً على الأقل الثلاثاء لدى خروج قطاري ركاب عن السكة لدى عبورهما جسراً اجتاحته فيضانات في وسط الهند.");
        // a weather warning threatens no one
        assertNone("THREATEN", "لكن هيئة الأرصاد الجوية حذرت، الخميس، من احتمال هطول أمطار غزيرة على شمال البلاد.");
        // Seoul (سيول) is no flood, and other acts of a disaster's sentence stay
        List<EventRecord> seoul = extract("وهددت سيول بالرد على أي هجوم تشنه بيونغ يانغ على حدودها.");
        assertEquals("KOR", one(seoul, "THREATEN").actor().country(), describe(seoul));
    }

    @Test
    void aPoliticianWhoAttacksAttacksWithWords() {
        List<EventRecord> words = extract("في غضون ذلك، هاجم الرئيس الإيراني حسن روحاني نظيره الأمريكي دونالد ترامب، محذرا إدارته من اتخاذ سياسة معادية.");
        assertTrue(words.stream().noneMatch(r -> r.event().equals("ASSAULT")), describe(words));
        assertEquals("IRN", one(words, "ACCUSE").actor().country(), describe(words));
        List<EventRecord> raid = extract("وفي 20 تموز/يوليو هاجم مسلحون قرية تندينباون في منطقة ميناكا شمال شرق مالي.");
        assertEquals("ASSAULT", one(raid, "ASSAULT").event(), describe(raid));
    }

    @Test
    void theSeatOfASourceIsNotWhereTheEventHappened() {
        List<EventRecord> records = extract("وتسببت الغارات الروسية الأسابيع الماضية في مقتل 1450 مدنيا في الغوطة، حسب الأرقام التي أكدها المرصد السوري لحقوق الإنسان ومقره بريطانيا.");
        for (EventRecord r : records) assertNotEquals("GBR", r.location() == null ? null : r.location().country(), describe(records));
        assertNone("ASSAULT", "لقي أربعة أشخاص من عائلة واحدة مصرعهم وأصيب ثلاثة آخرون في حادث اصطدام سيارة بناقة سائبة على إحدى طرق منطقة جازان أمس.");
    }

    @Test
    void aPressInterviewIsNoMeeting() {
        assertNone("CONSULT", "وصرح أردوغان في لقاء صحافي في أنقرة \"قررنا إجراء هذه الانتخابات يوم الأحد\".");
    }

    @Test
    void aWordOfATimeExpressionIsNoPlace() {
        List<EventRecord> records = extract("واتهمت منظمة هيومن رايتس ووتش التحالف بقيادة السعودية بارتكاب جريمة حرب إثر غارة استهدفت حافلة شمالي اليمن في أغسطس / آب الماضي.");
        for (EventRecord r : records) assertNotEquals("Ibb", r.location() == null ? null : r.location().name(), describe(records));
    }

    @Test
    void aNounCountedByANumberIsNoPlace() {
        // مدنين is a Tunisian town, and "مدنين" here a misspelling of مدنيين (civilians)
        List<EventRecord> records = extract("أما الخوذ البيض، فقد أشارت إلى مقتل 5 مدنين من بينهم طفل إثر الهجمات الجوية المكثفة على محافظة إدلب السبت.");
        EventRecord killing = one(records, "ASSAULT");
        assertEquals("SYR", killing.location().country(), describe(records));
        // a place with a preposition after a count stays a place
        List<EventRecord> meeting = extract("بالتزامن مع اجتماع ضم وزراء الخارجية ومسؤولي الاستخبارات في الدول الثلاث بأديس أبابا.");
        assertEquals("Addis Ababa", one(meeting, "CONSULT").location().name(), describe(meeting));
    }

    @Test
    void aCountedPartyProtestsAfterAProtestVerbAndIsTheTollBeforeAnEventNoun() {
        List<EventRecord> protest = extract("تظاهر أكثر من 1500 من الأطباء المقيمين اليوم الاثنين في تونس احتجاجا على إصلاح.");
        assertEquals("TUN/CVL", actor(one(protest, "PROTEST").actor()), describe(protest));
        List<EventRecord> blast = extract("قال مسؤول محلي ان 20 مدنيا على الاقل قتلوا اليوم الثلاثاء في انفجار بمخزن للذخيرة في بلدة جرابولي بغرب ليبيا.");
        EventRecord killing = one(blast, "ASSAULT");
        assertNotEquals("CVL", killing.actor() == null ? null : killing.actor().sector(), describe(blast));
        assertEquals(20, killing.size().dead());
    }

    @Test
    void aCapitalAfterANounOfPlaceIsTheCityNotItsGovernment() {
        List<EventRecord> records = extract("وواجه مودي خلال زيارته للعاصمة البريطانية لندن احتجاجات غاضبة بسبب زيادة العنف في الهند.");
        EventRecord visit = one(records, "CONSULT");
        assertEquals("IND", visit.actor().country(), describe(records));
        assertEquals("London", visit.location().name());
    }

    @Test
    void anAttackOfOnePoliticianOnAnotherIsCriticism() {
        List<EventRecord> records = extract("شن وزير الخارجية البريطاني السابق، بوريس جونسون، الأحد، هجوما على رئيسة وزراء بلاده تيريزا ماي، بسبب خطتها لخروج بريطانيا من الاتحاد الأوروبي.");
        assertTrue(of(records, "ASSAULT").isEmpty(), describe(records));
        assertEquals("disapprove", one(records, "ACCUSE").mode());
        // a state's attack stays an attack
        List<EventRecord> war = extract("شنت روسيا هجوما على أوكرانيا.");
        assertFalse(of(war, "ASSAULT").isEmpty(), describe(war));
    }

    @Test
    void aProvinceIsNoBoycott() {
        List<EventRecord> records = extract("وقالت السلطات في مقاطعة غادسدن إن هناك وفاة مرتبطة بالإعصار.");
        assertTrue(of(records, "PROTEST").isEmpty(), describe(records));
        List<EventRecord> boycott = extract("وأعلنت دول عربية مقاطعة قطر في يونيو 2017.");
        assertFalse(of(boycott, "PROTEST").isEmpty(), describe(boycott));
    }

    @Test
    void anActAfterACallIsCalledFor() {
        List<EventRecord> records = extract("ودعت المعارضة المصرية إلى مقاطعة الانتخابات الرئاسية.");
        assertTrue(of(records, "PROTEST").isEmpty(), describe(records));
        assertFalse(of(records, "REQUEST").isEmpty(), describe(records));
    }

    @Test
    void whoStandsBeforeAPassiveVerbSuffersIt() {
        List<EventRecord> records = extract("وأفاد المرصد السوري لحقوق الإنسان بأن عشرات الأشخاص بينهم أطفال أصيبوا بحالات اختناق إثر قصف جوي على المدينة.");
        EventRecord injury = one(records, "ASSAULT");
        assertNotEquals("CVL", injury.actor() == null ? null : injury.actor().sector(), describe(records));
        assertEquals("CVL", injury.recipient().sector(), describe(records));
    }

    @Test
    void anActSufferedWithLamIsNoPurpose() {
        List<EventRecord> records = extract("وأظهرت مقاطع فيديو، نشرت على مواقع التواصل الاجتماعي، تعرض محتجين لإطلاق النار في عدة مدن، من بينها غرانادا غربي البلاد.");
        EventRecord shooting = one(records, "ASSAULT");
        assertEquals("PRO", shooting.recipient().sector(), describe(records));
        List<EventRecord> patrol = extract("وتعرضت دورية للجيش لهجوم مسلح في سيناء.");
        assertEquals("MIL", one(patrol, "ASSAULT").recipient().sector(), describe(patrol));
    }

    @Test
    void anActWithBaAfterAThreatIsNotDone() {
        List<EventRecord> records = extract("هددت موسكو بطرد كل وسائل الإعلام البريطانية من روسيا.");
        assertTrue(of(records, "COERCE").isEmpty(), describe(records));
        assertFalse(of(records, "THREATEN").isEmpty(), describe(records));
        List<EventRecord> received = extract("إلى ذلك تلقت أول قائدة طائرات أفغانية تدعى نيلوفار رحماني تهديدات بالقتل من طالبان.");
        assertTrue(of(received, "ASSAULT").isEmpty(), describe(received));
    }

    @Test
    void aFamilyIsCivilian() {
        List<EventRecord> records = extract("ودعت أسرة العامل المتوفي في قطر إلى إجراء تحقيق مستقل في أسباب الوفاة.");
        assertEquals("QAT/CVL", actor(one(records, "REQUEST").actor()), describe(records));
        // a ruling family is the state
        List<EventRecord> royal = extract("وانتقدت الأميرة علانية العائلة المالكة البريطانية ومستشاريها.");
        assertNotEquals("CVL", one(royal, "ACCUSE").recipient() == null ? null : one(royal, "ACCUSE").recipient().sector(), describe(royal));
    }

    @Test
    void aLeadWithoutPlaceHappenedWhereTheNextSentenceTellsIt() {
        List<EventRecord> records = extract("أوقفت السلطات الروسية 5 أشخاص للاشتباه في انتمائهم إلى تنظيم داعش المتطرف.\n"
                + "وأعلنت أجهزة الأمن الروسية أنها أوقفت الأعضاء المفترضين في التنظيم يومي الخميس والجمعة في ياروسلافل شمال شرقي موسكو.\n"
                + "وكان هجوم في مترو سان بطرسبرغ قد أسفر عن مقتل 14 شخصا في روسيا العام الماضي.");
        EventRecord lead = records.stream().filter(r -> r.evidence().start() == 0).findFirst().orElseThrow(() -> new AssertionError(describe(records)));
        assertEquals("Yaroslavl", lead.location().name(), describe(records));
        // "شمال شرقي موسكو" says where Yaroslavl lies: the capital after a word of direction is no party
        for (EventRecord r : records) assertNotEquals("موسكو", r.recipient() == null ? null : r.recipient().text(), describe(records));
    }

    @Test
    void anArrestAndARoadClosureByTheSamePoliceAreTwoActs() {
        List<EventRecord> records = extract("اعتقلت الشرطة الباكستانية مئات الناشطين في لاهور يوم الخميس.\n"
                + "وأغلقت الشرطة الباكستانية الطرق المؤدية إلى المطار في لاهور يوم الخميس بالحاويات.");
        assertEquals(2, of(records, "COERCE").size(), describe(records));
    }

    @Test
    void aCourtOrThePoliceActAtHome() {
        List<EventRecord> records = extract("وصل نواز شريف إلى لندن قادما من باكستان يوم الخميس.\n"
                + "وكانت محكمة باكستانية قد حكمت عليه بالسجن عشرة أعوام.");
        EventRecord sentence = one(records, "SANCTION");
        assertEquals("PAK/JUD", actor(sentence.actor()), describe(records));
        // "كانت ... قد حكمت": قد before a perfect verb says "already", not "may"
        assertEquals("PAK", sentence.location().country(), describe(records));
        assertTrue(of(extract("وقال إن الهجوم قد يؤدي إلى مقتل المئات في مدينة حلب."), "ASSAULT").isEmpty());
    }

    @Test
    void twoTollsInOneSentenceAreTwoEvents() {
        List<EventRecord> records = extract("وحسب المرصد، فقد قتل 267 من مسلحي داعش، في حين قتل 149 مقاتلا من قوات سوريا الديمقراطية في دير الزور.");
        List<EventRecord> killings = of(records, "ASSAULT");
        assertEquals(2, killings.size(), describe(records));
        assertEquals(java.util.Set.of(267, 149), java.util.Set.of(killings.get(0).size().dead(), killings.get(1).size().dead()));
    }

    @Test
    void aNameThatIsAlsoAWordNeedsItsCueEvenWithAClitic() {
        // "لفتح تحقيق" is "to open an inquiry", not the Fatah movement
        List<EventRecord> records = extract("وجدد المسؤول الأممي دعوته لفتح تحقيق نزيه ومستقل.");
        for (EventRecord r : records) {
            assertNotEquals("FATAH", r.actor() == null ? null : r.actor().org(), describe(records));
            assertNotEquals("FATAH", r.recipient() == null ? null : r.recipient().org(), describe(records));
        }
    }

    @Test
    void partiesListedTogetherAreOneSideAndTheCitedSourceIsNone() {
        List<EventRecord> call = extract("دعت كل من الولايات المتحدة وبريطانيا وفرنسا وإيطاليا إلى وقف فوري للاشتباكات في طرابلس.");
        EventRecord r = one(call, "REQUEST");
        assertEquals("USA", r.actor().country(), describe(call));
        assertTrue(r.recipient() == null || !"GBR".equals(r.recipient().country()), describe(call));
        List<EventRecord> cordon = extract("وفرضت الشرطة طوقا أمنيا على قسم من مدينة لاهور الجمعة، كما ذكر مراسلو وكالة فرانس برس.");
        for (EventRecord x : cordon) {
            assertNotEquals("AFP", x.recipient() == null ? null : x.recipient().org(), describe(cordon));
            assertNotEquals("AFP", x.actor() == null ? null : x.actor().org(), describe(cordon));
        }
    }

    @Test
    void aPlaceTheGazetteerLacksIsKeptUnresolved() {
        List<EventRecord> records = extract("وفي يوم الجمعة، شارك أنصار الحكومة في مسيرة إلى مدينة مسايا، معقل المعارضة.");
        EventRecord march = one(records, "PROTEST");
        assertEquals("مسايا", march.location().text(), describe(records));
        assertNull(march.location().lat());
        assertNull(march.location().name());
    }

    @Test
    void theAttackNamedAfterFiIsTheKillingJustReported() {
        List<EventRecord> records = extract("وقالت الشرطة إن مسلحين قتلوا ثلاثة جنود في هجوم على حاجز للجيش.");
        List<EventRecord> assaults = of(records, "ASSAULT");
        assertEquals(1, assaults.size(), describe(records));
        assertEquals("REB", assaults.get(0).actor().sector());
        assertEquals("MIL", assaults.get(0).recipient().sector());
    }

    @Test
    void aRegionAcrossCountriesIsNoCountry() {
        List<EventRecord> records = extract("تتواصل الاحتجاجات في نيكاراغوا.\nومنذ الخميس الماضي، أسفرت أعمال العنف عن مقتل 9 أشخاص على الأقل في البلد الواقع في أمريكا الوسطى.");
        EventRecord killing = of(records, "ASSAULT").get(0);
        assertEquals("NIC", killing.location().country(), describe(records));
        assertEquals("NIC", killing.recipient().country(), describe(records));
    }

    @Test
    void theSentenceTellsTheEventsContexts() {
        EventRecord r = one(extract("قتل ثلاثة جنود في هجوم انتحاري بسيارة مفخخة تبناه تنظيم داعش قرب مركز للاقتراع في الانتخابات."), "ASSAULT");
        assertTrue(r.context().contains("terrorism"), String.valueOf(r.context()));
        assertTrue(r.context().contains("election"), String.valueOf(r.context()));
        assertNull(one(extract("اعتقلت الشرطة العراقية متظاهرين في البصرة أمس."), "COERCE").context());
    }

    @Test
    void actsOfOneTypeOnDifferentDaysStayApart() {
        List<EventRecord> records = extract("وجاءت احتجاجات، السبت، بعد إعلان المعارضة إضرابا عاما في البلاد، الجمعة، وتنظيم مسيرة حاشدة الخميس.");
        assertEquals(3, of(records, "PROTEST").size(), describe(records));
    }

    @Test
    void aStatementInsideReportedSpeechIsTheSpeakers() {
        EventRecord r = one(extract("وقال المتحدث باسم الحكومة: \"ندين هذا الاعتداء\"."), "ACCUSE");
        assertEquals("المتحدث باسم الحكومة", r.actor().text());
        assertEquals(r.actor(), r.attribution().claimant(), "a speaker claims his own statement");
    }

    @Test
    void theSourceCitedWithAccordingToClaimsAndNeitherDoesNorSuffers() {
        for (String s : List.of("بحسب المرصد السوري لحقوق الإنسان، قتل عشرة مدنيين في غارة جوية على إدلب.",
                "قتل عشرة مدنيين في غارة جوية على إدلب، بحسب المرصد السوري لحقوق الإنسان.")) {
            List<EventRecord> records = extract(s);
            assertFalse(records.isEmpty(), s);
            for (EventRecord r : records) {
                assertEquals("SOHR", r.attribution().claimant().org(), s + " -> " + describe(records));
                assertNotEquals("SOHR/NGO", actor(r.actor()), s + " -> " + describe(records));
                assertNotEquals("SOHR/NGO", actor(r.recipient()), s + " -> " + describe(records));
            }
            EventRecord killing = of(records, "ASSAULT").stream().filter(r -> r.trigger().text().equals("قتل")).findFirst().orElseThrow();
            assertEquals("SYR/CVL", actor(killing.recipient()));
            assertEquals(10, killing.size().dead());
        }
    }

    @Test
    void aSourceCitedWithAReportingVerbAfterAccordingToIsNoParty() {
        String s = "قتل 36 مقاتلا من قوات النظام السوري جراء غارات تركية استهدفت موقعا لها في عفرين، وفق ما أفاد المرصد السوري لحقوق الإنسان.";
        List<EventRecord> records = extract(s);
        assertFalse(records.isEmpty());
        for (EventRecord r : records) {
            assertNotEquals("SOHR/NGO", actor(r.actor()), describe(records));
            assertNotEquals("SOHR/NGO", actor(r.recipient()), describe(records));
            assertEquals("SOHR", r.attribution().claimant().org(), describe(records));
        }
    }

    @Test
    void whoeverCondemnsAnAttackDidNotCarryItOut() {
        for (String s : List.of("أدانت وزارة الخارجية المصرية الهجوم على الكنيسة.", "وقال المتحدث باسم الحكومة: \"ندين هذا الاعتداء\".")) {
            List<EventRecord> records = extract(s);
            EventRecord statement = one(records, "ACCUSE");
            EventRecord attack = one(records, "ASSAULT");
            assertNull(attack.actor(), s + " -> " + describe(records));
            assertEquals(statement.actor(), attack.attribution().claimant() == null ? statement.actor() : attack.attribution().claimant());
        }
    }

    @Test
    void theSubjectOfAReportingVerbClaimsWhatFollows() {
        EventRecord r = one(extract("وقالت الشرطة إن مسلحين هاجموا نقطة تفتيش في الموصل."), "ASSAULT");
        assertEquals("IRQ/COP", actor(r.attribution().claimant()));
        assertEquals("IRQ/REB", actor(r.actor()));
        assertEquals(List.of(), r.attribution().relayedBy());
    }

    @Test
    void aNounAfterThatIsReportedNotTheSpeaker() {
        // the speaker is unknown ("المتحدث"), so the army after "إن" must not become the claimant
        EventRecord r = one(extract("قال المتحدث إن الجيش السوري قصف مواقع المسلحين في إدلب."), "ASSAULT");
        assertNull(r.attribution().claimant(), describe(List.of(r)));
    }

    @Test
    void anAgencyQuotingSomeoneRelaysTheClaim() {
        EventRecord r = one(extract("نقلت وكالة رويترز عن مسؤول أمني أن الشرطة اعتقلت عشرين شخصا في بغداد."), "COERCE");
        assertEquals("مسؤول", r.attribution().claimant().text());
        assertEquals(List.of("وكالة رويترز"), r.attribution().relayedBy());
        assertEquals("IRQ/COP", actor(r.actor()));
        assertEquals(20, r.size().arrested());
    }

    @Test
    void aNewsAgencyDoesNotMakeItsCountryTheEventCountry() {
        EventRecord r = one(extract("قال مسؤول أمني لرويترز إن الشرطة اعتقلت عشرين شخصا."), "COERCE");
        assertNull(r.actor().country(), "Reuters is British; the arrest is not: " + r.actor());
        assertNull(r.location());
    }

    @Test
    void aContinuingSentenceKeepsThePreviousSpeaker() {
        List<EventRecord> records = extract("قالت الشرطة إن مسلحين هاجموا نقطة تفتيش في الموصل.\nوأضافت أن قوات الأمن اعتقلت ثلاثة منهم.");
        EventRecord arrest = one(records, "COERCE");
        assertEquals("IRQ/COP", actor(arrest.attribution().claimant()), describe(records));
        assertEquals("IRQ/COP", actor(arrest.actor()));
        assertEquals(3, arrest.size().arrested());
    }

    @Test
    void hedgesAndUnverifiedReportsAreMarked() {
        EventRecord unverified = one(of(extract("لم يتسن التحقق من صحة الأنباء عن مقتل جنديين في الهجوم."), "ASSAULT").subList(0, 1), "ASSAULT");
        assertEquals(Boolean.FALSE, unverified.attribution().verified());
        assertTrue(unverified.attribution().hedged());
        EventRecord reported = of(extract("وأشارت تقارير إلى مقتل خمسة مدنيين في القصف."), "ASSAULT").get(0);
        assertTrue(reported.attribution().hedged());
        assertNull(reported.attribution().verified());
        EventRecord plain = one(extract("اعتقلت الشرطة التركية صحفيا في إسطنبول أمس."), "COERCE");
        assertFalse(plain.attribution().hedged());
        assertNull(plain.attribution().verified());
        assertTrue(plain.confidence() > reported.confidence());
    }

    @Test
    void thePlaceIsTheOneInTheEventsSentence() {
        List<EventRecord> records = extract("قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة بنغازي يوم الجمعة الماضي.");
        for (EventRecord r : records) {
            assertEquals("Benghazi", r.location().name());
            assertEquals("LBY", r.location().country());
            assertEquals("city", r.location().precision());
        }
    }

    @Test
    void theDatelineIsNotWhereItHappened() {
        List<EventRecord> records = extract("دبي (CNN)-- قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد.");
        assertFalse(records.isEmpty());
        for (EventRecord r : records) assertEquals("Baghdad", r.location().name(), describe(records));
        List<EventRecord> noPlace = extract("دبي، الإمارات العربية المتحدة (CNN)-- اعتقلت الشرطة ناشطا بارزا.");
        for (EventRecord r : noPlace) assertTrue(r.location() == null || !"ARE".equals(r.location().country()), describe(noPlace));
    }

    @Test
    void anEarlierPlaceOfTheParagraphOrTheArticlesCountryStandsIn() {
        List<EventRecord> records = extract("تظاهر آلاف الطلاب في مدينة وهران غرب الجزائر ضد الحكومة. واعتقلت الشرطة عشرات منهم.");
        EventRecord arrest = one(records, "COERCE");
        assertEquals("DZA", arrest.location().country(), describe(records));
        assertEquals("DZA/COP", actor(arrest.actor()), "a bare role noun takes the event country");
    }

    @Test
    void relativeDatesAreReadAgainstTheDocumentDate() {
        EventRecord yesterday = one(extract("اعتقلت الشرطة التركية صحفيا في إسطنبول أمس."), "COERCE");
        assertEquals("2018-07-14", yesterday.date());
        assertEquals("text", yesterday.dateSource());
        EventRecord dayBefore = one(extract("t", "اعتقلت الشرطة التركية صحفيا في إسطنبول أمس.", LocalDate.of(2020, 3, 1)), "COERCE");
        assertEquals("2020-02-29", dayBefore.date());
        EventRecord friday = extract("قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة بنغازي يوم الجمعة الماضي.").get(0);
        assertEquals("2018-07-13", friday.date());
        EventRecord undated = one(extract("التقى الرئيس المصري نظيره الفرنسي في باريس."), "CONSULT");
        assertEquals("2018-07-15", undated.date());
        assertEquals("reference", undated.dateSource());
        assertEquals("2018-07-15", undated.published());
    }

    @Test
    void sizesAreRead() {
        assertEquals(3, one(extract("قتل ثلاثة مدنيين برصاص قوات الأمن في درعا."), "ASSAULT").size().dead());
        assertEquals(10, one(of(extract("أصيب عشرة متظاهرين برصاص الشرطة في الخرطوم."), "ASSAULT"), "ASSAULT").size().injured());
        Size crowd = one(extract("تظاهر آلاف الطلاب في الجزائر ضد الحكومة."), "PROTEST").size();
        assertEquals(1000, crowd.participants());
        assertTrue(crowd.approximate().contains("participants"));
    }

    @Test
    void idsAreStable() {
        String text = "اعتقلت الشرطة التركية صحفيا في إسطنبول أمس.";
        EventRecord a = one(extract("doc-1", text, Engines.DAY), "COERCE");
        EventRecord b = one(extract("doc-1", text, Engines.DAY), "COERCE");
        EventRecord other = one(extract("doc-2", text, Engines.DAY), "COERCE");
        assertEquals(a.id(), b.id());
        assertEquals(a, b, "the same input gives the same record");
        assertNotEquals(a.id(), other.id());
        assertEquals(16, a.id().length());
        assertEquals(EventCoder.stableId("doc-1", "COERCE", a.trigger().start(), a.trigger().end()), a.id());
    }

    @Test
    void oneTriggerMatchedByTwoEntriesIsOneRecord() {
        // "قصف" is both a verb and a noun entry
        for (String s : List.of("الجيش السوري قصف مواقع المسلحين في إدلب.", "وأشارت تقارير إلى مقتل خمسة مدنيين في القصف.",
                "وقالت الشرطة إن مسلحين قتلوا خمسة أشخاص في هجوم على نقطة تفتيش.")) {
            List<EventRecord> records = extract(s);
            assertEquals(records.size(), records.stream().map(EventRecord::id).distinct().count(), describe(records));
        }
    }

    @Test
    void repeatedMentionsOfOneEventAreOneRecord() {
        List<EventRecord> records = extract("اعتقلت الشرطة العراقية عشرات المتظاهرين في بغداد. وكانت الشرطة العراقية قد اعتقلت المتظاهرين في بغداد.");
        assertEquals(1, of(records, "COERCE").size(), describe(records));
    }

    @Test
    void aPartyTheTextDoesNotNameIsAnUnidentifiedPartyOfTheEventsCountry() {
        // real article: a passive arrest names no one who arrested
        EventRecord arrest = one(extract("وألقي القبض على اثنين من المهاجمين أيضا يوم الجمعة في واغادوغو."), "COERCE");
        assertEquals("BFA", arrest.actor().country());
        assertTrue(arrest.actor().isUnidentified());
        assertEquals(ActorRef.UNIDENTIFIED, arrest.actor().name());
        assertNull(arrest.actor().text());
        // an arrest is the police's: the unnamed doer takes the sector its act implies
        assertEquals("COP", arrest.actor().sector());
        assertNull(arrest.actor().start());
        // a named party is left as it is, and no place means no country to infer
        EventRecord named = one(extract("اعتقلت الشرطة العراقية عشرات المتظاهرين في بغداد."), "COERCE");
        assertEquals("الشرطة العراقية", named.actor().text());
        assertNull(one(extract("وألقي القبض على اثنين من المهاجمين أيضا يوم الجمعة."), "COERCE").actor());
    }

    @Test
    void thePressIsASourceNeverTheDoerOfAnAttackOrArrest() {
        // real articles: the correspondent heard the explosions, the agency was told of the deaths
        EventRecord heard = one(extract("وأضاف المراسل عن سماع دوي انفجارات في تلك المنطقة."), "ASSAULT");
        assertTrue(heard.actor() == null || !"MED".equals(heard.actor().sector()), actor(heard.actor()));
        EventRecord told = one(extract("وقال مدير المرصد رامي عبد الرحمن لوكالة \"فرانس برس \": \"قتل 14 مقاتلا من قوات النظام\"."), "ASSAULT");
        assertTrue(told.actor() == null || !"MED".equals(told.actor().sector()), actor(told.actor()));
        // journalists may still suffer the act
        assertEquals("MED", one(extract("اعتقلت الشرطة صحفيا في القاهرة."), "COERCE").recipient().sector());
    }

    @Test
    void anActThatAVerbOfFailingGovernsDidNotHappen() {
        // real articles: a summit and the Security Council failed to agree
        assertNone("AGREE", "في المقابل فشلت مجموعة السبع في التوصل إلى اتفاق حول المناخ مع الولايات المتحدة.",
                "أخفق مجلس الأمن في الاتفاق على أي رد فعل على تصعيد القتال في جنوب غرب سوريا.");
        assertNone("COERCE", "وعجزت القوات العراقية عن اقتحام المدينة.");
        assertEquals(1, of(extract("واقتحمت القوات العراقية المدينة."), "COERCE").size());
        // a failure elsewhere in the sentence leaves the act alone
        assertEquals(1, of(extract("وتوصلت الحكومة اليمنية والحوثيون إلى اتفاق في جنيف بعد فشل الجولة السابقة."), "AGREE").size());
    }

    @Test
    void theOneArrestedAfterAlaIsTheRecipientEvenWhenCountedOrQuoted() {
        // real article: "أحد" (one of) stands between على and the arrested, and "تويتر" in quotes after على is no doer
        EventRecord arrest = one(extract("كشف حساب إمارة منطقة مكة على \"تويتر\"، فجر اليوم، عن القبض على أحد الأشخاص "
                + "الذين ظهروا في مقطع الفيديو في حادثة التحرش بفتاتين بجدة."), "COERCE");
        assertEquals("الأشخاص", arrest.recipient().text());
        assertTrue(arrest.actor() == null || arrest.actor().isUnidentified(), actor(arrest.actor()));
        EventRecord byPolice = one(extract("وأعلنت الشرطة القبض على أحد الأشخاص الذين ظهروا في مقطع الفيديو."), "COERCE");
        assertEquals("الشرطة", byPolice.actor().text());
        assertEquals("الأشخاص", byPolice.recipient().text());
    }

    @Test
    void anEventWithoutAPlaceTakesThePlaceTheAccountIsAboutNotTheArticlesMainPlace() {
        // real article with two theatres: the Ghouta paragraphs come first, Afrin is named more often
        String text = "تقدمت قوات النظام السوري في جنوب الغوطة الشرقية بعد معارك عنيفة ضد فصيل جيش الإسلام.\n"
                + "وقال مدير المرصد \"كثفت قوات النظام هجماتها وتمكنت من التقدم والسيطرة على قريتي حوش الظواهرة وحوش الزريقية\".\n"
                + "وفي شمال سوريا، استهدفت الطائرات التركية موقعا في قرية كفرجنة في عفرين.\n"
                + "وتتواصل الاشتباكات على محاور عدة في عفرين.\n"
                + "وتخشى أنقرة من تمكن أكراد سوريا من إقامة حكم ذاتي قرب حدودها.\n"
                + "وقتل 40 جنديا تركيا على الأقل.";
        List<EventRecord> records = extract(text);
        EventRecord capture = one(records, "COERCE");
        assertEquals("Eastern Ghouta", capture.location().name(), describe(records));
        // a capital that acts ("وتخشى أنقرة") is not where the next event happened
        EventRecord toll = of(records, "ASSAULT").stream().filter(r -> r.trigger().text().equals("وقتل")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(records)));
        assertEquals("SYR", toll.location().country(), describe(records));
    }

    @Test
    void aSentenceThatNamesAnEarlierEventAgainTellsMoreOfIt() {
        // real article: the clashes, then their toll "في الاشتباكات العنيفة"
        List<EventRecord> records = extract("واندلعت أعمال عنف وفوضى خلال مهرجان ريو الشهير، ووقعت اشتباكات بالأسلحة النارية في ريو دي جانيرو. "
                + "وقتل ثلاثة ضباط شرطة في الاشتباكات العنيفة.");
        List<EventRecord> assaults = of(records, "ASSAULT");
        assertEquals(1, assaults.size(), describe(records));
        assertEquals(3, assaults.get(0).size().dead(), describe(records));
        // a toll that disagrees with the one already given is another event
        List<EventRecord> two = extract("قتل خمسة أشخاص في هجوم على سوق في بغداد. وقتل ثلاثة آخرون في الهجوم.");
        assertEquals(2, of(two, "ASSAULT").size(), describe(two));
    }

    @Test
    void theSettingOfAnAccountCarriesOverAShortSectionWithoutPlaces() {
        // real article: after a subheading, five lines name no place; the next toll is still the Ghouta's
        String text = "وتسيطر الفصائل المعارضة على ثلث مساحة الغوطة الشرقية.\n"
                + "هدنة إنسانية\n"
                + "وتتزامن المعارك العنيفة مع هدنة إنسانية أعلنتها روسيا وبدأ تطبيقها الثلاثاء لمدة خمس ساعات يوميا.\n"
                + "وبحسب المرصد، يشارك \"مستشارون روس\" إلى جانب قوات النظام في المعارك العنيفة.\n"
                + "وقتل صباح السبت مدنيين اثنين قبل بدء تطبيق الهدنة الروسية.\n"
                + "غارات تركية\n"
                + "وفي شمال سوريا، استهدفت الطائرات التركية موقعا في قرية كفرجنة في عفرين.\n"
                + "وتتواصل الاشتباكات على محاور عدة في عفرين.";
        List<EventRecord> records = extract(text);
        EventRecord toll = of(records, "ASSAULT").stream().filter(r -> r.trigger().text().equals("وقتل")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(records)));
        assertEquals("Eastern Ghouta", toll.location().name(), describe(records));
    }

    @Test
    void aWordForAKindOfPlaceIsNoPlaceOfItsOwn() {
        // real article: "قرية وبلدة" are villages and towns, whatever the name recogniser makes of them
        List<EventRecord> records = extract("ومنذ بدء هجومها، تمكنت القوات التركية وحلفاؤها من السيطرة على أكثر من ثمانين قرية وبلدة.");
        for (EventRecord r : records) {
            assertTrue(r.location() == null || !"وبلدة".equals(r.location().text()), describe(records));
        }
    }

    @Test
    void anUndatedLeadTakesTheDayOfALaterMentionOfTheSameEvent() {
        // real article: the lead has no day; a later sentence dates the protests to Saturday
        List<EventRecord> records = extract("قُتل شخصان في تظاهرة احتجاجية للمعارضة في نيكاراغوا، للمطالبة برحيل الرئيس دانيال أورتيغا.\n"
                + "وجاءت احتجاجات، السبت، بعد إعلان المعارضة إضرابا عاما في البلاد، الجمعة، وتنظيم مسيرة حاشدة الخميس.");
        List<EventRecord> protests = of(records, "PROTEST");
        assertEquals("2018-07-14", protests.get(0).date(), describe(records));
        assertEquals("text", protests.get(0).dateSource());
    }

    @Test
    void protestsDefaultToProtestersAgainstTheGovernment() {
        EventRecord r = one(extract("خرج مئات المحتجين في مظاهرة احتجاجية في مدينة البصرة أمس."), "PROTEST");
        assertEquals("IRQ/PRO", actor(r.actor()), describe(List.of(r)));
        assertEquals("IRQ/GOV", actor(r.recipient()));
        assertEquals("Basrah", r.location().name());
        // the police is whom people protest against, never who protests
        EventRecord against = of(extract("الشرطة العراقية اعتقلت عشرات المتظاهرين في البصرة."), "PROTEST").get(0);
        assertEquals("IRQ/PRO", actor(against.actor()));
        assertEquals("IRQ/COP", actor(against.recipient()));
    }

    @Test
    void everyRecordCarriesTypeCodesAndSpansThatMatchTheText() {
        String text = "قتل ثلاثة مدنيين برصاص قوات الأمن في درعا. وتظاهر آلاف الطلاب في الجزائر ضد الحكومة.";
        for (EventRecord r : extract("spans", text, Engines.DAY)) {
            PloverTypes.Type type = new PloverTypes().get(r.event());
            assertEquals(type.quad(), r.quad());
            assertTrue(r.cameo() != null && r.cameo().matches("\\d{3,4}"), r.cameo());
            assertEquals(text.substring(r.trigger().start(), r.trigger().end()), r.trigger().text());
            assertEquals(text.substring(r.evidence().start(), r.evidence().end()), r.evidence().text());
            assertTrue(r.evidence().start() <= r.trigger().start() && r.trigger().end() <= r.evidence().end());
            assertTrue(r.engine().startsWith("marsad " + MarsadEngine.ENGINE_VERSION), r.engine());
            assertEquals("spans", r.docId());
            assertEquals("Test", r.source());
            assertTrue(r.confidence() > 0 && r.confidence() < 1);
        }
    }
}
