/// The built-in `tiny` embedding: about 330 common review words in 5 dimensions that mean something.
///
/// Every value was set by hand for teaching, not trained, and sits on a quarter grid so that
/// every sum on screen is exact. The dimensions:
/// - `good`: praise (fine 0.5 … excellent 2);
/// - `bad`: criticism (slow 0.5 … awful 2);
/// - `not`: negation (not, never, didnt, hardly 0.75 …);
/// - `very`: intensity (very 1, extremely 1.5; slightly −0.5 softens);
/// - `film`: the word is about films (plot, acting, director …).
/// Function words (the, was, at …) are in the vocabulary with a zero row, so that they are
/// not out of vocabulary: they simply carry no sentiment.
public enum TinyEmbedding {
    public static let dimensions = ["good", "bad", "not", "very", "film"]

    /// Words by dimension and value, grouped so the table reads as the documentation above.
    static let entries: [(dimension: Int, value: Float, words: String)] = [
        (0, 2, "excellent wonderful amazing brilliant superb fantastic perfect masterpiece outstanding"),
        (0, 1.75, "awesome stunning genius"),
        (0, 1.5, "great best love loved loves beautiful favorite favourite delightful"),
        (0, 1.25, "gripping hilarious impressive memorable exciting thrilling compelling heartfelt lovely wow"),
        (0, 1, "good enjoy enjoyed enjoyable fun funny nice clever charming moving powerful recommend recommended touching engaging entertaining smart happy glad classic satisfying superior"),
        (0, 0.75, "like liked solid strong worth worthy pleasant fresh better cool original warm tender sweet top"),
        (0, 0.5, "fine decent well honest rich okay ok"),
        (1, 2, "terrible awful horrible worst garbage trash unwatchable atrocious"),
        (1, 1.75, "waste hate hated disaster pathetic dreadful crap"),
        (1, 1.5, "boring stupid wasted disappointing disappointed disappointment painful pointless worse"),
        (1, 1.25, "dull poor mess lame annoying ridiculous unfunny tedious fails failed failure nonsense avoid"),
        (1, 1, "bad weak dislike mediocre bland forgettable clumsy ugly sloppy lazy messy"),
        (1, 0.75, "predictable silly cheap flat confusing awkward overlong wrong shallow cliche cliched stale"),
        (1, 0.5, "slow sad problem problems meh noisy"),
        (2, 1, "not no never nothing neither nor without nobody none cannot cant dont doesnt didnt isnt wasnt arent werent couldnt wouldnt wont aint"),
        (2, 0.75, "hardly barely lacks lacking"),
        (3, 1.5, "extremely incredibly absolutely utterly"),
        (3, 1, "very really truly totally highly super completely deeply"),
        (3, 0.75, "too most especially"),
        (3, 0.5, "so quite pretty much"),
        (3, -0.25, "rather bit little"),
        (3, -0.5, "slightly somewhat"),
        (4, 1, "movie movies film films plot story acting actor actors actress cast director script scene scenes ending character characters performance performances screenplay cinema soundtrack dialogue sequel comedy drama horror thriller documentary role roles cinematography"),
        (4, 0.5, "watch watched watching seen screen audience theater theatre effects music camera minutes hour hours episode series show"),
        (-1, 0, "the a an and or but of to in on at for with is was were are be been being it its this that these those i you he she we they me my his her our their them as by from up down out all just one two there here what which who how when where why if then than have has had do does did will would could should can may might about again also only even still some any every each other another into over after before while because"),
    ]

    /// The table, built once.
    public static let table: WordEmbedding = {
        let d = dimensions.count
        var words: [String] = [], rows: [Float] = []
        var place: [String: Int] = [:]
        for (dimension, value, list) in entries {
            for w in list.split(separator: " ").map(String.init) {
                let i: Int
                if let existing = place[w] {
                    i = existing
                } else {
                    i = words.count
                    place[w] = i
                    words.append(w)
                    rows += [Float](repeating: 0, count: d)
                }
                if dimension >= 0 { rows[i * d + dimension] = value }
            }
        }
        return WordEmbedding(name: "tiny", width: d, dimensionNames: dimensions, words: words, rows: rows, isBuiltin: true)
    }()
}
