/**
 * Common words of French, English and German (folded). An alias that folds to one of them must be case-sensitive
 * or carry a context rule, or it would light up ordinary prose ("nur", "oral", "mary", "alma").
 * Not exhaustive: the frequent function words and the short words most likely to collide with a name.
 */
const EN = `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even few for from further had has have having he her
here hers him his how i if in into is it its just me more most my no nor not now of off on once only or other our out
over own same she should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your capital city state people
river lake sea mountain valley desert steppe bank union party council house court times news day oral mary may will
grant mark rose page new old great big small first last north south east west central asia world`;

const FR = `a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me
meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos
votre vous y est sont ete etre avoir ont fait plus tres aussi bien comme tout tous toute toutes alors car donc or ni
capitale ville etat peuple fleuve lac mer montagne vallee desert steppe banque union parti conseil maison cour jour
nouveau nouvelle grand grande petit petite premier premiere dernier nord sud est ouest centre monde alma rose mais
sol mars mai marche temps`;

const DE = `aber alle als also am an auch auf aus bei bin bis bist da dann das dass dem den der des die dies doch du
durch ein eine einem einen einer eines er es fur hat hatte ich ihr im in ist ja kann kein mit nach nicht noch nun nur
ob oder ohne sehr sein sich sie sind so uber um und uns unter vom von vor war was weg weil wenn wer wie wir wird wo zu
zum zur hauptstadt stadt staat volk fluss see meer berg tal wuste steppe bank union partei rat haus gericht tag neu
alt gross klein erste letzte nord sud ost west zentrum welt mai mark rose`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [EN, FR, DE].flatMap((list) => list.split(/\s+/).filter(Boolean)),
);

/**
 * Words of institutional and geographic names that ordinary prose uses all the time (folded). The prefilter avoids
 * them as anchors: "Astana International Financial Centre" is anchored on "astana", not "international".
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `central conflict cooperation council development great international language languages mountains national north
  south east west organisation organization program programme project protests republic revolution scholarship state
  union party bank centre center university agreement treaty pact friendship strategic partnership relations visit
  referendum constitutional independence day january december events unrest war civil border disaster sea lake
  first second third fourth
  river valley desert steppe city region people peoples alphabet latin epic new road old capital president minister
  parliament senate assembly house news times agency service radio television airport station general consulate
  centrale conseil developpement grande internationale langue montagnes nationale nord sud est ouest projet
  bourse republique guerre civile frontiere mer lac fleuve vallee ville peuple accord pacte amitie visite jour
  janvier decembre evenements independance banque parti universite capitale
  zentral rat entwicklung gross sprache gebirge ost programm projekt proteste republik stipendium staat partei
  zentrum universitat abkommen vertrag pakt freundschaft partnerschaft beziehungen besuch krieg grenze fluss tal
  wuste stadt volk tag januar dezember unabhangigkeit hauptstadt
  economic economique wirtschaftlich wirtschaft declaration erklarung community communaute gemeinschaft summit
  sommet gipfel conference konferenz forum festival museum musee theatre theater association federation commission
  kommission ministry ministere ministerium election elections wahl wahlen reform reforme government gouvernement
  regierung company societe gesellschaft institute institut academy academie akademie school ecole schule
  festival culture kultur trade commerce handel energy energie`
    .split(/\s+/)
    .filter(Boolean),
);
